package art.equilibria.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PieceSettingsTest {
  private static final Path DEMO = Path.of("pieces/demo.yaml");

  private static PieceSettings.Applied set(String... settings) throws PieceException {
    return PieceSettings.parse(List.of(settings)).applyTo(PieceFile.read(DEMO));
  }

  private static Piece read(PieceSettings.Applied set) throws PieceException {
    try {
      return PieceReader.read(set.file(), FakeTerms.CATALOGUE, Map.of());
    } catch (PieceException e) {
      throw set.explain(e);
    }
  }

  private static String refusal(String... settings) {
    return assertThrows(PieceException.class, () -> read(set(settings))).getMessage();
  }

  @Test
  void aSetValueReplacesTheFilesAndEverythingElseStaysAsWritten() throws Exception {
    PieceSettings.Applied set = set("schedule.batch=16", "terms.g1[1].weight=0.5");
    Piece piece = read(set);
    assertEquals(16, piece.schedule().batch());
    assertEquals(0.5, piece.terms().get("g1").get(1).weight());
    Piece original = PieceReader.read(DEMO, FakeTerms.CATALOGUE);
    assertEquals(original.networks(), piece.networks());
    assertEquals(original.render(), piece.render());
    String text = set.file().text();
    assertTrue(text.contains("  batch: 16\n"), text);
    assertTrue(text.contains("{term: colour-variance, weight: 0.5}"), text);
    assertTrue(
        text.endsWith(
            "# set on the command line: --set schedule.batch=16 --set terms.g1[1].weight=0.5\n"),
        text);
    assertEquals(DEMO, set.file().path());
  }

  @Test
  void aFieldTheFileLeavesOutIsAddedToItsBlockOrAsANewBlock() throws Exception {
    PieceSettings.Applied set = set("guard.policy=rollback", "render.truncation=0.7");
    Piece piece = read(set);
    assertEquals(GuardPolicy.ROLLBACK, piece.guard().policy());
    assertEquals(0.7, piece.render().truncation());
    String text = set.file().text();
    assertTrue(text.contains("  display: stretch\n  truncation: 0.7\n"), text);
    assertTrue(text.contains("\nguard: {policy: rollback}\n"), text);
  }

  @Test
  void aBadValueIsToldAgainstItsSetting() {
    assertTrue(refusal("schedule.batch=0").startsWith("--set schedule.batch=0: "));
    assertTrue(refusal("guard.policy=panic").startsWith("--set guard.policy=panic: "));
    assertTrue(refusal("guard.policy=panic").contains("continue, stop, rollback"));
    assertTrue(refusal("schedule.bacth=3").contains("batch"), refusal("schedule.bacth=3"));
  }

  @Test
  void aPathThatLeadsNowhereIsRefusedBeforeReading() {
    assertEquals(
        "--set terms.g1[5].weight=1: terms.g1 has 2 entries, numbered from 0; add the entry in"
            + " the piece",
        refusal("terms.g1[5].weight=1"));
    assertEquals(
        "--set seed.value=3: seed holds a value, not fields, so it has no value",
        refusal("seed.value=3"));
    assertEquals(
        "--set schedule: write FIELD=VALUE, for example schedule.batch=16 or"
            + " terms.g1[0].weight=2",
        refusal("schedule"));
    assertTrue(refusal("schedule..batch=1").contains("is not a field path"));
    assertTrue(refusal("render.size=[1,").contains("not one YAML value"));
  }

  @Test
  void aFieldOfAnAliasedBlockIsRefusedRatherThanChangedInBothPlaces() throws Exception {
    PieceSettings settings = PieceSettings.parse(List.of("networks.g2.latent=32"));
    PieceFile tiny = PieceFile.read(Path.of("src/test/resources/pieces/tiny.yaml"));
    assertEquals(
        "--set networks.g2.latent=32: networks.g2 is an alias (*name) of a block written earlier"
            + " in the piece; set the field where that block is written, or write networks.g2 out"
            + " in full",
        assertThrows(PieceException.class, () -> settings.applyTo(tiny)).getMessage());
    PieceSettings anchor = PieceSettings.parse(List.of("networks.g1.latent=32"));
    Piece both = PieceReader.read(anchor.applyTo(tiny).file(), FakeTerms.CATALOGUE, Map.of());
    assertEquals(32, ((GeneratorSpec) both.networks().get("g2")).latent());
  }

  @Test
  void linesAfterAnAddedFieldAreCountedAsInTheFile() throws Exception {
    String yaml =
        """
        title: t
        schedule: {batch: 4}
        snapshots: {}
        networks:
          g1: {kind: generator, latent: 8, style: 8}
          g2:
            kind: generator
            latent: 8
          d: {kind: discriminator}
        terms:
          g1: [nonsense]
          g2: [cosine]
          d: [diametric]
        """;
    Path file = java.nio.file.Files.createTempFile("settings", ".yaml");
    try {
      java.nio.file.Files.writeString(file, yaml);
      PieceSettings.Applied set =
          PieceSettings.parse(
                  List.of("networks.g2.style=8", "schedule.fade=0.25", "snapshots.grid=2"))
              .applyTo(PieceFile.read(file));
      String text = set.file().text();
      assertTrue(text.contains("    latent: 8\n    style: 8\n"), text);
      assertTrue(text.contains("schedule: {batch: 4, fade: 0.25}\nsnapshots: {grid: 2}\n"), text);
      PieceException e =
          assertThrows(
              PieceException.class,
              () -> {
                try {
                  PieceReader.read(set.file(), FakeTerms.CATALOGUE, Map.of());
                } catch (PieceException raw) {
                  throw set.explain(raw);
                }
              });
      assertEquals(11, e.line(), e.getMessage());
      assertEquals("terms.g1[0]", e.field());
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
