package art.equilibria.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import art.equilibria.TestPieces;
import art.equilibria.piece.Growth;
import art.equilibria.piece.Piece;
import art.equilibria.piece.Synthesis;
import art.equilibria.sampling.LatentStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A resolution that starts fading in changes nothing yet. */
class FadeInTest {

  private static Piece tiny(Synthesis synthesis) {
    return synthesis == Synthesis.STYLEGAN1 ? TestPieces.tinyStyleGan1(4) : TestPieces.tiny(4);
  }

  @ParameterizedTest
  @EnumSource(Synthesis.class)
  void generatorAtAlphaZeroEqualsPreviousStageUpsampled(Synthesis synthesis) {
    try (Ensemble e = new Ensemble(tiny(synthesis), Device.cpu())) {
      Generator g = e.generator("g1");
      NDArray z = new LatentStream(3, 16).fixed(e.manager(), 4);
      NDArray grown = g.generate(z, new Growth(1, 16, 0.0), NoiseMode.CONSTANT);
      NDArray previous = g.generate(z, new Growth(0, 8, 1.0), NoiseMode.CONSTANT);
      assertEquals(new Shape(4, 3, 16, 16), grown.getShape());
      assertArrayEquals(Tensors.upsample2x(previous).toFloatArray(), grown.toFloatArray(), 0f);
    }
  }

  @ParameterizedTest
  @EnumSource(Synthesis.class)
  void generatorAtAlphaOneIsTheNewResolutionAlone(Synthesis synthesis) {
    try (Ensemble e = new Ensemble(tiny(synthesis), Device.cpu())) {
      Generator g = e.generator("g1");
      NDArray z = new LatentStream(3, 16).fixed(e.manager(), 2);
      NDArray half = g.generate(z, new Growth(1, 16, 0.5), NoiseMode.CONSTANT);
      NDArray full = g.generate(z, new Growth(1, 16, 1.0), NoiseMode.CONSTANT);
      NDArray none = g.generate(z, new Growth(1, 16, 0.0), NoiseMode.CONSTANT);
      // Halfway is the mean of the two ends.
      assertArrayEquals(full.add(none).div(2).toFloatArray(), half.toFloatArray(), 1e-5f);
    }
  }

  @Test
  void discriminatorAtAlphaZeroJudgesTheDownsampledImage() {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      NDArray images = e.manager().randomUniform(-1, 1, new Shape(4, 3, 16, 16));
      Judgement grown = e.discriminator().judge(images, new Growth(1, 16, 0.0));
      Judgement previous =
          e.discriminator().judge(Tensors.downsample2x(images), new Growth(0, 8, 1.0));
      assertArrayEquals(previous.embedding().toFloatArray(), grown.embedding().toFloatArray(), 0f);
      assertArrayEquals(previous.logits().toFloatArray(), grown.logits().toFloatArray(), 0f);
    }
  }
}
