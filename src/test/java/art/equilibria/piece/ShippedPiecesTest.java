package art.equilibria.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every piece shipped in {@code pieces/} reads cleanly and is set up as documented. */
class ShippedPiecesTest {

  private static final Path PIECES = Path.of("pieces");

  static Stream<Path> pieces() throws IOException {
    try (Stream<Path> files = Files.list(PIECES)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  static Stream<Path> series1() throws IOException {
    return pieces().filter(f -> f.getFileName().toString().startsWith("series1-"));
  }

  @Test
  void shipsTheDemoAndSixSeriesOnePieces() throws IOException {
    assertEquals(
        List.of(
            "demo.yaml",
            "series1-adversarial-adversarial.yaml",
            "series1-cosine-adversarial.yaml",
            "series1-cosine-cosine.yaml",
            "series1-cosine-euclidean.yaml",
            "series1-euclidean-adversarial.yaml",
            "series1-euclidean-euclidean.yaml"),
        pieces().map(f -> f.getFileName().toString()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pieces")
  void isAValidPieceWithAHeaderAndATitle(Path file) throws Exception {
    Piece piece = PieceReader.read(file, FakeTerms.CATALOGUE);

    assertTrue(Files.readString(file).startsWith("# "), file + " starts with a comment header");
    assertFalse(piece.title().isBlank());
  }

  @Test
  void theDemoIsACpuSketch() throws PieceException {
    Piece demo = PieceReader.read(PIECES.resolve("demo.yaml"), FakeTerms.CATALOGUE);

    assertEquals(
        new Schedule(16, 128, 150, 0.5, 8, new Optimiser(0.002, 0, 0.99, 1e-8)), demo.schedule());
    GeneratorSpec narrow =
        new GeneratorSpec(
            64,
            64,
            4,
            0.01,
            new Channels(1024, 32),
            Synthesis.STYLEGAN1,
            Noise.BATCH,
            Padding.ZERO,
            OutputActivation.BOUNDED);
    assertEquals(narrow, demo.generator("g1"));
    assertEquals(narrow, demo.generator("g2"));
    assertEquals(new DiscriminatorSpec(new Channels(1024, 32), 64), demo.discriminatorSpec());
    assertEquals(List.of("adversarial", "colour-variance"), termNames(demo, "g1"));
    assertEquals(List.of("cosine", "colour-variance"), termNames(demo, "g2"));
    assertEquals(List.of("diametric"), termNames(demo, "d"));
    assertEquals(new Snapshots(25, 4), demo.snapshots());
    assertEquals(new Checkpoints(150, 3), demo.checkpoints());
    RenderSpec render = demo.render();
    assertEquals(6, render.keyframes());
    assertEquals(20, render.durationSeconds());
    assertEquals(24, render.fps());
    assertEquals("slerp", render.interpolation());
    assertEquals("side-by-side", render.layout());
    assertEquals(8, render.gap());
    assertEquals(1280, render.width());
    assertEquals(720, render.height());
    assertEquals(Display.STRETCH, render.display());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series1")
  void seriesOneUsesThePublishedSettings(Path file) throws PieceException {
    Piece piece = PieceReader.read(file, FakeTerms.CATALOGUE);

    // The published settings but for the learning rate, lowered by the study (docs/look.md).
    assertEquals(
        new Schedule(32, 512, 300, 0.5, 10, new Optimiser(0.002, 0, 0.99, 1e-8)), piece.schedule());
    GeneratorSpec published =
        new GeneratorSpec(
            512,
            512,
            8,
            0.01,
            new Channels(8192, 512),
            Synthesis.STYLEGAN1,
            Noise.BATCH,
            Padding.ZERO,
            OutputActivation.BOUNDED);
    assertEquals(List.of("g1", "g2"), piece.generators());
    assertEquals(published, piece.generator("g1"));
    assertEquals(published, piece.generator("g2"));
    assertEquals(new DiscriminatorSpec(new Channels(8192, 512), 512), piece.discriminatorSpec());
    assertEquals(50, piece.snapshots().every());
    RenderSpec render = piece.render();
    assertEquals(3600, render.durationSeconds());
    assertEquals(30, render.fps());
    assertEquals("slerp", render.interpolation());
    assertEquals(24, render.keyframes());
    assertEquals(1920, render.width());
    assertEquals(1080, render.height());
    assertEquals("h264", render.format());
    assertEquals(18, render.crf());
    assertEquals(Display.STRETCH, render.display());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series1")
  void seriesOnePairsTheTermsItsFileNameSays(Path file) throws PieceException {
    Piece piece = PieceReader.read(file, FakeTerms.CATALOGUE);
    String[] pair =
        file.getFileName().toString().replace("series1-", "").replace(".yaml", "").split("-");

    assertEquals(List.of(pair[0], "colour-variance"), termNames(piece, "g1"));
    assertEquals(List.of(pair[1], "colour-variance"), termNames(piece, "g2"));
    List<String> diametric =
        List.of("adversarial-adversarial", "cosine-cosine", "cosine-adversarial");
    String expected = diametric.contains(pair[0] + "-" + pair[1]) ? "diametric" : "adversarial";
    assertEquals(List.of(expected), termNames(piece, "d"));
    assertTrue(piece.title().contains(pair[0] + " / " + pair[1]), piece.title());
  }

  @Test
  void theReadmeExampleIsAValidPiece() throws Exception {
    String readme = Files.readString(PIECES.resolve("README.md"));
    String example = readme.substring(readme.indexOf("## A complete example"));
    int start = example.indexOf("```yaml") + "```yaml".length();
    example = example.substring(start, example.indexOf("```", start));

    Piece piece = PieceReader.parse(example, "README.md", FakeTerms.CATALOGUE);

    assertEquals("Demo sketch", piece.title());
  }

  @Test
  void theReadmeDocumentsEveryFieldValueAndTerm() throws IOException {
    String readme = Files.readString(PIECES.resolve("README.md"));
    List<List<String>> documented =
        List.of(
            PieceReader.FIELDS,
            NetworksReader.GENERATOR_FIELDS,
            NetworksReader.DISCRIMINATOR_FIELDS,
            ScheduleReader.FIELDS,
            ScheduleReader.OPTIMISER_FIELDS,
            TermsReader.FIELDS,
            RenderReader.FIELDS,
            PieceReader.SEARCH_FIELDS,
            List.of("every", "grid", "keep", "base", "max"),
            FakeTerms.CATALOGUE.names());
    for (List<String> names : documented) {
      for (String name : names) {
        assertTrue(readme.contains("| `" + name + "` |"), name + " has a row in README.md");
      }
    }
    List<List<String>> values =
        List.of(
            RenderChoices.INTERPOLATIONS,
            RenderChoices.EASINGS,
            RenderChoices.SPACES,
            RenderChoices.LAYOUTS,
            RenderChoices.SCALINGS,
            RenderChoices.FORMATS,
            keys(Synthesis.values()),
            keys(Noise.values()),
            keys(Padding.values()),
            keys(OutputActivation.values()),
            keys(Display.values()));
    for (List<String> allowed : values) {
      for (String value : allowed) {
        assertTrue(readme.contains("`" + value + "`"), value + " is in README.md");
      }
    }
  }

  private static List<String> keys(Enum<?>[] constants) {
    return java.util.Arrays.stream(constants).map(Keys::of).toList();
  }

  private static List<String> termNames(Piece piece, String network) {
    return piece.termsOf(network).stream().map(TermSpec::term).toList();
  }
}
