package art.equilibria.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken piece under {@code src/test/resources/pieces/broken/} is refused with a message that
 * names the file, the line and the field, and says what is wrong and what is allowed.
 */
class PieceErrorsTest {

  private static final Path BROKEN = Path.of("src/test/resources/pieces/broken");

  /** file (without .yaml) | line | field | words the message must contain, split by |. */
  private static final List<String> CASES =
      List.of(
          "bad-network-name | 4 | networks.G1 | 'G1' is not a usable network name|lowercase letters",
          "batch-one | 14 | schedule.batch | 1 is too small|at least 2|variance over a batch",
          "batch-zero | 14 | schedule.batch | 0 is too small|at least 2",
          "channels-base-zero | 6 | networks.d.channels.base | 0 is too small|at least 1",
          "channels-max-negative | 4 | networks.g1.channels.max | -8 is too small|at least 1",
          "checkpoints-every-zero | 15 | checkpoints.every | 0 is too small|at least 1",
          "checkpoints-keep-zero | 16 | checkpoints.keep | 0 is too small|at least 1",
          "duplicate-field | 15 | schedule.batch | given twice|line 14",
          "embedding-too-large | 6 | networks.d.embedding | 9000|1 to 8192",
          "empty-file | 0 |  | the file is empty",
          "empty-terms-list | 9 | terms.g2 | 'g2' trains nothing|at least one term",
          "empty-title | 2 | title | is empty|title",
          "every-zero | 10 | terms.g1[0].every | 0 is too small|at least 1",
          "fade-out-of-range | 15 | schedule.fade | 1.5 is out of range|0 to 1",
          "final-too-large | 13 | schedule.final-resolution | 4096|4 to 2048",
          "from-negative | 10 | terms.g1[0].from | -5 is too small|at least 0",
          "latent-zero | 4 | networks.g1.latent | 0 is out of range|1 to 8192",
          "guard-unknown-policy | 16 | guard.policy | unknown policy 'panic'|continue, stop, rollback",
          "guard-lr-factor-too-large | 17 | guard.lr-factor | 2 is out of range|to 1",
          "latent-sizes-differ | 5 | networks.g2 | latent 32 differs from g1's latent 64|same latent size",
          "mapping-depth-too-deep | 7 | networks.g2.mapping-depth | 40 is out of range|1 to 16",
          "mapping-lr-multiplier-zero | 5 | networks.g2.mapping-lr-multiplier | 0 is too small|above 0",
          "missing-kind | 5 | networks.g2.kind | missing|kind: generator or kind: discriminator",
          "missing-networks | 2 | networks | missing|generators|discriminator",
          "missing-schedule | 2 | schedule | missing|schedule: {}",
          "missing-term-name | 9 | terms.g1[0].term | missing|term: adversarial",
          "missing-terms | 2 | terms | missing|terms block",
          "missing-title | 2 | title | missing|title",
          "network-without-terms | 7 | terms.g2 | missing|'g2' would train nothing|at least one term",
          "no-discriminator | 3 | networks | no discriminator|exactly one",
          "not-a-map | 2 |  | a piece is a map of fields|not a list",
          "one-generator | 3 | networks | one generator (g1)|at least two",
          "optimiser-beta-one | 16 | schedule.optimiser.betas[1] | 1 is out of range|0 up to (not including) 1",
          "optimiser-lr-zero | 15 | schedule.optimiser.lr | 0 is too small|above 0",
          "optimiser-one-beta | 16 | schedule.optimiser.betas | expected two numbers|got 1",
          "option-on-term-without-options | 13 | terms.d[0].options.margin | 'adversarial' takes no options",
          "option-value-list | 10 | terms.g1[0].options.margin | margin takes a number from 0 to 10000|a list",
          "option-margin-not-a-number | 10 | terms.g1[0].options.margin | 'abc' is not a number|margin takes a number from 0 to 10000",
          "option-margin-nan | 10 | terms.g1[0].options.margin | '.nan' is not a finite number",
          "option-distance-unknown | 10 | terms.g1[0].options.distance | 'manhattan' is not accepted|distance takes cosine or euclidean",
          "render-background-not-hex | 16 | render.background | 'black' is not a colour|#rrggbb",
          "render-background-unquoted | 16 | render.background | no colour given|in quotes",
          "render-crf-out-of-range | 16 | render.crf | 70 is out of range|1 to 51",
          "render-crf-zero-h264 | 16 | render.crf | 0 is lossless|ffv1 or prores",
          "render-crf-too-high-for-h264 | 16 | render.crf | 55 is out of range|1 to 51",
          "render-duration-unreadable | 16 | render.duration | 'ten minutes' is not a duration|90s, 10m, 1h30m",
          "render-duration-zero | 16 | render.duration | '0s' is too short|longer than 0 seconds",
          "render-fps-too-high | 16 | render.fps | 500 is out of range|1 to 240",
          "render-fps-zero | 16 | render.fps | 0 is out of range|1 to 240",
          "render-gap-negative | 16 | render.gap | -4 is out of range|0 to 1024",
          "render-gap-too-large | 16 | render.gap | 100000 is out of range|0 to 1024",
          "render-natural-frame-too-large | 18 | render.gap | the frame would be 1056x15616|8192x4320|set a size",
          "render-tiles-tiny | 16 | render.size | tiles would be drawn 1.19 pixels wide in a 64x64 frame|fewer rows",
          "render-tiles-too-small | 16 | render.size | gaps of 1024 pixels leave no room for the tiles in a 64x64 frame|smaller gap",
          "render-generator-unknown | 17 | render.generator | 'd' is not a generator|generators: g1, g2",
          "render-keyframes-one | 16 | render.keyframes | 1 is too few keyframes|at least 2",
          "render-rows-zero | 17 | render.rows | 0 is out of range|1 to 16",
          "render-rows-too-many | 17 | render.rows | 100000 is out of range|1 to 16",
          "render-seeds-one | 16 | render.seeds | one seed is too few|at least two",
          "render-seeds-range-backwards | 16 | render.seeds[1] | '9-4' is not a range of 1 to 10000 seeds|FIRST-LAST",
          "render-seeds-words | 16 | render.seeds[1] | expected a whole number|'two'",
          "render-size-negative | 16 | render.size | height -1080|2 to 8192",
          "render-size-too-many-pixels | 16 | render.size | 8192x8192 is more pixels than the largest frame, 8192x4320",
          "render-size-odd | 16 | render.size | width 1921 is odd|even|1920 or 1922",
          "render-size-unreadable | 16 | render.size | '1920*1080' is not a size|WIDTHxHEIGHT|native",
          "render-truncation-too-large | 16 | render.truncation | 2.5 is out of range|above 0 and at most 2",
          "render-truncation-zero | 16 | render.truncation | 0 is out of range|above 0 and at most 2",
          "render-unknown-easing | 16 | render.easing | unknown easing 'bounce'|none, ease-in-out, ease-in, ease-out",
          "render-unknown-format | 16 | render.format | unknown format 'gif'|h264, prores, hap, ffv1, vp9, png",
          "render-unknown-interpolation | 16 | render.interpolation | unknown interpolation 'bezier'|slerp, linear, spline, circle, noise",
          "render-unknown-layout | 16 | render.layout | unknown layout 'mosaic'|side-by-side, stacked, grid, single",
          "render-unknown-scaling | 16 | render.scaling | unknown scaling 'bicubic'|smooth, nearest",
          "render-unknown-space | 16 | render.space | unknown space 'x'|z, w",
          "resolution-not-power-of-two | 13 | schedule.final-resolution | 48 is not a power of two|4, 8, 16",
          "snapshots-every-zero | 15 | snapshots.every | 0 is too small|at least 1",
          "snapshots-grid-too-large | 17 | snapshots.grid | 32 is out of range|1 to 16",
          "snapshots-grid-zero | 15 | snapshots.grid | 0 is out of range|1 to 16",
          "stage-not-in-schedule | 10 | terms.g1[0].stages[1] | 32 is not a stage|4, 8, 16",
          "start-above-final | 12 | schedule.start-resolution | 32 is above final-resolution 16",
          "start-below-four | 12 | schedule.start-resolution | 2 is out of range|4 to 2048",
          "steps-per-stage-zero | 15 | schedule.steps-per-stage | 0 is too small|at least 1",
          "style-too-large | 4 | networks.g1.style | 100000 is out of range|1 to 8192",
          "syntax-bad-indentation | 13 |  | YAML syntax error|indentation",
          "syntax-tab-indentation | 14 |  | YAML syntax error|tab|spaces",
          "syntax-unclosed-list | 9 |  | YAML syntax error|'['|not closed",
          "syntax-unquoted-colon | 2 |  | YAML syntax error|unexpected ':'|quotes",
          "term-cannot-train-discriminator | 10 | terms.d[1] | 'colour-variance' cannot train a discriminator|adversarial, contrastive, diametric, triplet",
          "term-cannot-train-generator | 9 | terms.g1[0].term | 'diametric' cannot train a generator|adversarial, colour-variance, contrastive, cosine, euclidean, triplet",
          "terms-for-unknown-network | 11 | terms.g3 | no network named 'g3'|networks: g1, g2, d",
          "two-discriminators | 3 | networks | 2 discriminators (d, e)|exactly one",
          "unknown-field-channels | 4 | networks.g1.channels.maximum | unknown field 'maximum'|base, max",
          "unknown-field-discriminator | 6 | networks.d.latent | unknown field 'latent'|kind, channels, embedding",
          "unknown-field-optimiser | 15 | schedule.optimiser.momentum | unknown field 'momentum'|lr, betas, epsilon",
          "unknown-field-render | 17 | render.resolution | unknown field 'resolution'|keyframes, seeds|crf",
          "unknown-field-schedule | 14 | schedule.batch-size | unknown field 'batch-size'|start-resolution|batch, optimiser",
          "unknown-field-term | 10 | terms.g1[0].wieght | unknown field 'wieght'|term, weight, every, from, until, stages, options",
          "unknown-field-top | 2 | titel | unknown field 'titel'|title, notes, seed, networks, terms, schedule",
          "unknown-kind | 5 | networks.g2.kind | unknown network kind 'painter'|generator or discriminator",
          "unknown-option | 10 | terms.g1[0].options.margn | no option 'margn'|distance, margin",
          "unknown-output | 5 | networks.g2.output | unknown output 'sigmoid'|linear, tanh",
          "unknown-term-shorthand | 10 | terms.g2[0] | unknown term 'adversarail'|known terms: adversarial, colour-variance",
          "unknown-term | 9 | terms.g1[0].term | unknown term 'cosin'; known terms: adversarial, colour-variance, contrastive, cosine, diametric, euclidean, triplet",
          "until-before-from | 11 | terms.g1[0].until | until 100 is not after from 200",
          "until-equals-from | 11 | terms.g1[0].until | until 100 is not after from 100",
          "weight-nan | 9 | terms.g1[0].weight | '.nan' is not a finite number",
          "weight-not-finite | 10 | terms.g1[0].weight | '.inf' is not a finite number",
          "wrong-type-batch | 14 | schedule.batch | expected a whole number, got 'ten'",
          "wrong-type-batch-underscore | 14 | schedule.batch | expected a whole number, got '_10'",
          "wrong-type-fade | 15 | schedule.fade | expected a number, got 'half'",
          "wrong-type-latent-decimal | 4 | networks.g1.latent | expected a whole number, got '8.5'",
          "wrong-type-loop | 16 | render.loop | expected true or false, got 'maybe'",
          "wrong-type-network | 5 | networks.g2 | expected a map of fields|got 'generator'",
          "wrong-type-schedule | 11 | schedule | expected a map of fields|start-resolution|got 'fast'",
          "wrong-type-seed | 15 | seed | expected a whole number, got a list",
          "wrong-type-terms-list | 9 | terms.g2 | expected a list, got a map of fields");

  static Stream<String> cases() {
    return CASES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusesTheBrokenPieceWithAClearMessage(String row) {
    String[] parts = row.split(" \\| ", 4);
    Path file = BROKEN.resolve(parts[0].strip() + ".yaml");
    int line = Integer.parseInt(parts[1].strip());
    String field = parts[2].strip();

    PieceException e =
        assertThrows(PieceException.class, () -> PieceReader.read(file, FakeTerms.CATALOGUE));

    assertEquals(file.toString(), e.file());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(field, e.field(), e.getMessage());
    String where =
        file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ");
    assertTrue(e.getMessage().startsWith(where), e.getMessage());
    for (String words : parts[3].split("\\|")) {
      assertTrue(e.getMessage().contains(words.strip()), "'" + words + "' in " + e.getMessage());
    }
    assertReadable(e.getMessage());
  }

  @Test
  void everyBrokenPieceHasACase() throws IOException {
    Set<String> covered =
        CASES.stream()
            .map(row -> row.split(" \\| ")[0].strip() + ".yaml")
            .collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(BROKEN)) {
      Set<String> present =
          files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
      assertEquals(new TreeSet<>(covered), present);
    }
  }

  @Test
  void syntaxErrorsAreToldInPlainWords() {
    PieceException e =
        assertThrows(
            PieceException.class,
            () ->
                PieceReader.parse(
                    "title: x\nnetworks: {a: *nowhere}\n", "p.yaml", FakeTerms.CATALOGUE));

    assertEquals(
        "p.yaml:2: YAML syntax error: '*nowhere' refers to an anchor ('&') that is not defined"
            + " above it",
        e.getMessage());
  }

  @Test
  void saysHowLargeANumberMayBe() {
    PieceException e =
        assertThrows(
            PieceException.class,
            () ->
                PieceReader.parse(
                    Files.readString(BROKEN.resolve("render-keyframes-one.yaml"))
                        .replace("keyframes: 1", "keyframes: 99999999999"),
                    "p.yaml",
                    FakeTerms.CATALOGUE));

    assertEquals(
        "p.yaml:16: render.keyframes: 99999999999 is too large; use at most 2147483647",
        e.getMessage());
  }

  @Test
  void aMergedFieldIsCheckedLikeAWrittenOne() {
    String yaml =
        """
        title: T
        networks:
          g1: &shared {kind: generator, latent: 8}
          g2: {kind: generator, latent: 8}
          d: {<<: *shared, kind: discriminator}
        """;
    PieceException e =
        assertThrows(
            PieceException.class, () -> PieceReader.parse(yaml, "p.yaml", FakeTerms.CATALOGUE));

    assertEquals(
        "p.yaml:5: networks.d.latent: unknown field 'latent'; allowed in a discriminator: kind,"
            + " channels, embedding",
        e.getMessage());
  }

  @Test
  void aSecondDocumentIsRefused() {
    PieceException e =
        assertThrows(
            PieceException.class,
            () -> PieceReader.parse("title: a\n---\ntitle: b\n", "p.yaml", FakeTerms.CATALOGUE));

    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("one document"), e.getMessage());
  }

  @Test
  void forbiddenCharactersAreReportedAtTheirLine() {
    PieceException e =
        assertThrows(
            PieceException.class,
            () -> PieceReader.parse("title: a\nnotes: \u0001\n", "p.yaml", FakeTerms.CATALOGUE));

    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("U+0001"), e.getMessage());
  }

  /** One line, and nothing that only a programmer would understand. */
  private static void assertReadable(String message) {
    assertFalse(message.contains("\n"), message);
    for (String jargon :
        Arrays.asList("Exception", "snakeyaml", "jackson", "org.", "java.", "<block", "scalar")) {
      assertFalse(message.contains(jargon), "'" + jargon + "' in " + message);
    }
  }
}
