package art.equilibria.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PieceReaderTest {

  private static final Path PIECES = Path.of("src/test/resources/pieces");

  private static final String MINIMAL =
      """
      title: T
      networks:
        g1: {kind: generator}
        g2: {kind: generator}
        d: {kind: discriminator}
      terms: {g1: [adversarial], g2: [adversarial], d: [adversarial]}
      schedule: {}
      """;

  private static Piece parse(String yaml) throws PieceException {
    return PieceReader.parse(yaml, "test.yaml", FakeTerms.CATALOGUE);
  }

  @Test
  void readsEveryFieldOfAFullPiece() throws PieceException {
    Piece piece = PieceReader.read(PIECES.resolve("full.yaml"), FakeTerms.CATALOGUE);

    assertEquals("Demo sketch", piece.title());
    assertEquals("free text on two lines", piece.notes());
    assertEquals(7, piece.seed());
    assertEquals(
        new GeneratorSpec(
            64,
            32,
            4,
            0.02,
            new Channels(1024, 64),
            Synthesis.STYLEGAN2,
            Noise.BATCH,
            Padding.ZERO,
            OutputActivation.TANH),
        piece.networks().get("g1"));
    assertEquals(
        new GeneratorSpec(
            64,
            64,
            8,
            0.01,
            new Channels(8192, 512),
            Synthesis.STYLEGAN1,
            Noise.BATCH,
            Padding.ZERO,
            OutputActivation.BOUNDED),
        piece.generator("g2"));
    assertEquals(new DiscriminatorSpec(new Channels(2048, 128), 128), piece.discriminatorSpec());
    assertEquals(
        List.of(
            new TermSpec(
                "contrastive",
                0.5,
                2,
                10,
                1000,
                List.of(32, 64),
                Map.of("margin", 0.5, "distance", "cosine")),
            new TermSpec("colour-variance", 1.0, 1, 0, Long.MAX_VALUE, List.of(), Map.of())),
        piece.termsOf("g1"));
    assertEquals(-2.0, piece.termsOf("g2").get(1).weight());
    assertEquals(List.of("diametric"), piece.termsOf("d").stream().map(TermSpec::term).toList());
    assertEquals(
        new Schedule(16, 64, 200, 0.25, 6, new Optimiser(0.002, 0.5, 0.9, 1e-6)), piece.schedule());
    assertEquals(new Snapshots(20, 3), piece.snapshots());
    assertEquals(new Checkpoints(100, 5), piece.checkpoints());
    assertEquals(
        new RenderSpec(
            12,
            List.of(3L, 1L, 4L),
            "spline",
            "ease-in-out",
            "w",
            0.7,
            5400,
            25,
            false,
            "single",
            3,
            "g2",
            4,
            "#1a2b3c",
            1280,
            720,
            "nearest",
            "prores",
            23,
            Display.CLAMP),
        piece.render());
  }

  @Test
  void fillsEveryDefault() throws PieceException {
    Piece piece = PieceReader.read(PIECES.resolve("minimal.yaml"), FakeTerms.CATALOGUE);

    assertEquals("", piece.notes());
    assertEquals(1, piece.seed());
    assertEquals(
        new GeneratorSpec(
            512,
            512,
            8,
            0.01,
            new Channels(8192, 512),
            Synthesis.STYLEGAN1,
            Noise.BATCH,
            Padding.ZERO,
            OutputActivation.BOUNDED),
        piece.generator("a"));
    assertEquals(new DiscriminatorSpec(new Channels(8192, 512), 512), piece.discriminatorSpec());
    assertEquals(
        new TermSpec("adversarial", 1.0, 1, 0, Long.MAX_VALUE, List.of(), Map.of()),
        piece.termsOf("critic").get(0));
    assertEquals(
        new Schedule(32, 512, 300, 0.5, 10, new Optimiser(0.01, 0, 0.99, 1e-8)), piece.schedule());
    assertEquals(new Snapshots(50, 4), piece.snapshots());
    assertEquals(new Checkpoints(300, 3), piece.checkpoints());
    assertEquals(
        new RenderSpec(
            8,
            List.of(),
            "slerp",
            "none",
            "z",
            1.0,
            60,
            30,
            true,
            "side-by-side",
            2,
            "",
            0,
            "#000000",
            0,
            0,
            "smooth",
            "h264",
            18,
            Display.STRETCH),
        piece.render());
  }

  @Test
  void keepsFileOrderOfNetworksAndTerms() throws PieceException {
    Piece piece =
        parse(
            """
            title: Order
            networks:
              zeta: {kind: generator}
              critic: {kind: discriminator}
              alpha: {kind: generator}
            terms:
              critic: [adversarial]
              alpha: [cosine]
              zeta: [euclidean]
            schedule: {}
            """);

    assertEquals(List.of("zeta", "critic", "alpha"), List.copyOf(piece.networks().keySet()));
    assertEquals(List.of("critic", "alpha", "zeta"), List.copyOf(piece.terms().keySet()));
    assertEquals(List.of("zeta", "alpha"), piece.generators());
    assertEquals("critic", piece.discriminator());
  }

  @Test
  void returnsAnImmutablePiece() throws PieceException {
    Piece piece = PieceReader.read(PIECES.resolve("full.yaml"), FakeTerms.CATALOGUE);

    assertThrows(UnsupportedOperationException.class, () -> piece.networks().remove("g1"));
    assertThrows(UnsupportedOperationException.class, () -> piece.terms().remove("g1"));
    assertThrows(UnsupportedOperationException.class, () -> piece.termsOf("g1").clear());
    TermSpec term = piece.termsOf("g1").get(0);
    assertThrows(UnsupportedOperationException.class, () -> term.stages().clear());
    assertThrows(UnsupportedOperationException.class, () -> term.options().clear());
    assertThrows(UnsupportedOperationException.class, () -> piece.render().seeds().clear());
  }

  @Test
  void letsNetworksShareSettingsThroughMergeKeys() throws PieceException {
    Piece piece =
        parse(
            MINIMAL.replace(
                "g1: {kind: generator}\n  g2: {kind: generator}",
                "g1: &narrow {kind: generator, latent: 64, mapping-depth: 4}\n"
                    + "  g2: {<<: *narrow, style: 32}"));

    assertEquals(64, piece.generator("g2").latent());
    assertEquals(32, piece.generator("g2").style());
    assertEquals(4, piece.generator("g2").mappingDepth());
  }

  @Test
  void keyframeSeedsMayBeRanges() throws PieceException {
    Piece piece = parse(MINIMAL + "render: {seeds: [0-2, 7, \"10 - 11\"]}\n");
    assertEquals(List.of(0L, 1L, 2L, 7L, 10L, 11L), piece.render().seeds());
  }

  @Test
  void theMergeKeyExampleOfThePiecesGuideReads() throws Exception {
    String guide = Files.readString(Path.of("pieces/README.md"));
    int mention = guide.indexOf("merge key");
    int start = guide.indexOf("```yaml\n", mention) + "```yaml\n".length();
    String networks = guide.substring(start, guide.indexOf("```", start)).stripIndent();
    Piece piece =
        parse(
            "title: T\n"
                + networks
                + "  d: {kind: discriminator}\n"
                + "terms: {g1: [adversarial], g2: [adversarial], d: [adversarial]}\n"
                + "schedule: {}\n");
    assertEquals(piece.generator("g1").latent(), piece.generator("g2").latent());
  }

  @Test
  void readsTheGuardAndDefaultsItToReportOnly() throws PieceException {
    assertEquals(GuardSpec.defaults(), parse(MINIMAL).guard());
    Piece piece =
        parse(
            MINIMAL
                + "guard: {policy: rollback, gradient-spike: 8, rollbacks: 5, lr-factor: 0.25}\n");
    assertEquals(GuardPolicy.ROLLBACK, piece.guard().policy());
    assertEquals(8, piece.guard().gradientSpike());
    assertEquals(5, piece.guard().rollbacks());
    assertEquals(0.25, piece.guard().lrFactor());
    assertEquals(GuardSpec.defaults().minDiversity(), piece.guard().minDiversity());
  }

  @Test
  void styleDefaultsToTheLatentSize() throws PieceException {
    Piece piece =
        parse(
            MINIMAL.replace(
                "g1: {kind: generator}\n  g2: {kind: generator}",
                "g1: {kind: generator, latent: 96}\n  g2: {kind: generator, latent: 96}"));

    assertEquals(96, piece.generator("g1").style());
  }

  @Test
  void keepsOptionNumbersAsDoublesAndTextAsText() throws PieceException {
    Piece piece =
        parse(
            MINIMAL.replace(
                "g1: [adversarial]",
                "g1: [{term: triplet, options: {margin: 2, distance: euclidean}}]"));

    assertEquals(
        Map.of("margin", 2.0, "distance", "euclidean"), piece.termsOf("g1").get(0).options());
  }

  @Test
  void readsQuotedNumbersAndUnderscores() throws PieceException {
    Piece piece = parse(MINIMAL + "seed: \"42\"\nsnapshots: {every: 1_000}\n");

    assertEquals(42, piece.seed());
    assertEquals(1000, piece.snapshots().every());
  }

  @ParameterizedTest
  @CsvSource({
    "60, 60",
    "2.5, 2.5",
    "90s, 90",
    "10m, 600",
    "1h, 3600",
    "1h30m, 5400",
    "1h 30m 15s, 5415",
    "1.5m, 90",
  })
  void readsDurationsWithAndWithoutUnits(String duration, double seconds) throws PieceException {
    Piece piece = parse(MINIMAL + "render: {duration: " + duration + "}\n");

    assertEquals(seconds, piece.render().durationSeconds(), 1e-9);
  }

  @ParameterizedTest
  @CsvSource({"native, 0, 0", "1920x1080, 1920, 1080", "'640 X 480', 640, 480"})
  void readsSizes(String size, int width, int height) throws PieceException {
    Piece piece = parse(MINIMAL + "render: {size: " + size + "}\n");

    assertEquals(width, piece.render().width());
    assertEquals(height, piece.render().height());
  }

  @Test
  void acceptsSeedsInsteadOfKeyframes() throws PieceException {
    Piece piece = parse(MINIMAL + "render: {keyframes: 0, seeds: [5, 6]}\n");

    assertEquals(List.of(5L, 6L), piece.render().seeds());
  }

  @Test
  void namesTheFileAsGivenToParse() {
    PieceException e =
        assertThrows(
            PieceException.class,
            () -> PieceReader.parse("title: [", "sketches/x.yaml", FakeTerms.CATALOGUE));

    assertEquals("sketches/x.yaml", e.file());
    assertTrue(e.getMessage().startsWith("sketches/x.yaml:1: YAML syntax error: "), e.getMessage());
  }

  @Test
  void saysWhenTheFileIsMissing() {
    Path missing = PIECES.resolve("no-such-piece.yaml");
    PieceException e =
        assertThrows(PieceException.class, () -> PieceReader.read(missing, FakeTerms.CATALOGUE));

    assertEquals(missing + ": no such file; check the path", e.getMessage());
    assertEquals(0, e.line());
  }

  @Test
  void saysWhenTheFileIsAFolder() {
    PieceException e =
        assertThrows(PieceException.class, () -> PieceReader.read(PIECES, FakeTerms.CATALOGUE));

    assertEquals(PIECES + ": is a folder, not a piece file", e.getMessage());
  }

  @Test
  void saysWhenTheFileIsEmpty() {
    PieceException e = assertThrows(PieceException.class, () -> parse("# nothing yet\n"));

    assertEquals(
        "test.yaml: the file is empty; a piece needs at least title, networks and terms",
        e.getMessage());
  }

  @Test
  void aSearchBlockIsReadAndCheckedLikeTheOthers() throws PieceException {
    Piece piece =
        parse(
            MINIMAL + "search: {generator: g2, measures: [hue, brightness], cells: 8, seed: 3}\n");
    assertEquals("g2", piece.search().generator());
    assertEquals(java.util.List.of("hue", "brightness"), piece.search().measures());
    assertEquals(8, piece.search().cells());
    assertEquals(3, piece.search().seed());
    assertEquals("cma-mae", piece.search().algorithm());
    assertEquals(SearchSettings.defaults(), parse(MINIMAL).search());
    PieceException twice =
        assertThrows(
            PieceException.class, () -> parse(MINIMAL + "search: {measures: [hue, hue]}\n"));
    assertTrue(twice.getMessage().contains("search.measures: give one or two"), twice.getMessage());
    PieceException unknown =
        assertThrows(PieceException.class, () -> parse(MINIMAL + "search: {algorithm: best}\n"));
    assertTrue(unknown.getMessage().contains("unknown algorithm 'best'"), unknown.getMessage());
  }
}
