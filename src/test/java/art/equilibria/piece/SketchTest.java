package art.equilibria.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sketch keeps a piece's arrangement and shrinks its size. */
class SketchTest {
  private static final Path SERIES1 = Path.of("pieces/series1-cosine-euclidean.yaml");

  @Test
  void keepsTheArrangementAndShrinksResolutionAndWidth() throws PieceException {
    Piece piece = PieceReader.read(SERIES1, FakeTerms.CATALOGUE);
    Piece sketch = Sketch.of(piece);

    assertEquals(piece.terms(), sketch.terms());
    assertEquals(piece.seed(), sketch.seed());
    Schedule s = sketch.schedule();
    assertEquals(piece.schedule().stages(), s.stages());
    assertEquals(piece.schedule().stepsPerStage(), s.stepsPerStage());
    assertEquals(piece.schedule().batch(), s.batch());
    assertEquals(piece.schedule().optimiser(), s.optimiser());
    assertEquals(8, s.startResolution());
    assertEquals(128, s.finalResolution());
    GeneratorSpec g = sketch.generator("g1");
    GeneratorSpec original = piece.generator("g1");
    assertEquals(original.latent(), g.latent());
    assertEquals(original.synthesis(), g.synthesis());
    assertEquals(original.output(), g.output());
    // The profile is shifted with the resolutions and capped: at most 32 maps, and 1024 / r.
    int[] expected = {32, 32, 32, 16, 8};
    for (int i = 0, r = 8; r <= 128; i++, r *= 2) {
      assertEquals(
          Math.min(expected[i], original.channels().at(r * 4)), g.channels().at(r), "at " + r);
    }
    assertEquals(piece.discriminatorSpec().embedding(), sketch.discriminatorSpec().embedding());
    assertEquals(32, sketch.discriminatorSpec().channels().at(8));
  }

  @Test
  void aPieceAlreadySmallKeepsItsNetworksAndSchedule() throws PieceException {
    Piece demo = PieceReader.read(Path.of("pieces/demo.yaml"), FakeTerms.CATALOGUE);
    Piece sketch = Sketch.of(demo);
    assertEquals(demo.schedule(), sketch.schedule());
    assertEquals(demo.networks(), sketch.networks());
  }

  @Test
  void readingAsASketchCutsTheRenderUnlessTheCommandLineSaysOtherwise() throws PieceException {
    Piece sketch = Sketch.read(PieceFile.read(SERIES1), FakeTerms.CATALOGUE, Map.of());
    assertEquals(Sketch.MAX_DURATION, sketch.render().durationSeconds());
    assertEquals(1280, sketch.render().width());
    assertEquals(720, sketch.render().height());

    Piece longer =
        Sketch.read(PieceFile.read(SERIES1), FakeTerms.CATALOGUE, Map.of("duration", "90s"));
    assertEquals(90, longer.render().durationSeconds());
    assertEquals(1280, longer.render().width());
  }
}
