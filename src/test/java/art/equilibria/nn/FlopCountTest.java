package art.equilibria.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import art.equilibria.TestPieces;
import art.equilibria.piece.Growth;
import org.junit.jupiter.api.Test;

/**
 * Model FLOPs counted from the layer shapes, checked against sums worked out by hand for the tiny
 * piece (latent and style 16, mapping depth 2, 8 channels at 4 and 8 px, embedding 16, two
 * generators), batch 2. A multiply-add counts as two operations.
 */
class FlopCountTest {
  private static final Growth AT_8 = new Growth(0, 8, 1.0);

  @Test
  void generatorCountsMappingStylesConvolutionsAndDemodulation() {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      long mapping = 2 * (2L * 2 * 16 * 16);
      long affine = 2L * 2 * 16 * 8; // style -> 8 input channels
      long norms = 2L * 2 * 8 * 8; // per sample, per output channel: sum over input channels
      long base = affine + 2L * 2 * (4 * 4) * (8 * 8 * 9) + norms;
      long block = 2 * (affine + 2L * 2 * (8 * 8) * (8 * 8 * 9) + norms);
      long toRgb = affine + 2L * 2 * (8 * 8) * (3 * 8);
      assertEquals(342_784, mapping + base + block + toRgb);
      assertEquals(342_784, e.generator("g1").flops(2, AT_8));
    }
  }

  @Test
  void fadingInAddsThePreviousResolutionsToRgb() {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      long previousToRgb = 2L * 2 * 16 * 8 + 2L * 2 * (4 * 4) * (3 * 8);
      assertEquals(342_784 + previousToRgb, e.generator("g1").flops(2, new Growth(0, 8, 0.5)));
    }
  }

  @Test
  void styleGan1CountsMappingAdaInStylesAndConvolutions() {
    try (Ensemble e = new Ensemble(TestPieces.tinyStyleGan1(4), Device.cpu())) {
      long mapping = 2 * (2L * 2 * 16 * 16);
      long adaIn = 2L * 2 * 16 * (2 * 8); // style -> a scale and a bias per channel
      long conv4 = 2L * 2 * (4 * 4) * (8 * 8 * 9);
      long conv8 = 2L * 2 * (8 * 8) * (8 * 8 * 9);
      long base = adaIn + conv4 + adaIn; // constant, epilogue, convolution, epilogue
      long block = conv8 + adaIn + conv8 + adaIn;
      long toRgb = 2L * 2 * (8 * 8) * (3 * 8); // plain 1x1, no style
      assertEquals(344_064, mapping + base + block + toRgb);
      assertEquals(344_064, e.generator("g1").flops(2, AT_8));
      long previousToRgb = 2L * 2 * (4 * 4) * (3 * 8);
      assertEquals(344_064 + previousToRgb, e.generator("g1").flops(2, new Growth(0, 8, 0.5)));
    }
  }

  @Test
  void discriminatorCountsEveryConvolutionAndBothHeads() {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      long fromRgb = 2L * 2 * (8 * 8) * (3 * 8);
      long block = 2 * (2L * 2 * (8 * 8) * (8 * 8 * 9));
      long finalConv = 2L * 2 * (4 * 4) * (8 * 9 * 9); // 8 channels + minibatch std
      long heads = 2L * 2 * (8 * 16) * 16 + 2L * 2 * 16 * 2;
      assertEquals(350_848, fromRgb + block + finalConv + heads);
      assertEquals(350_848, e.discriminator().flops(2, AT_8));
    }
  }

  @Test
  void flopsGrowLinearlyWithTheBatch() {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      Growth at16 = new Growth(1, 16, 1.0);
      assertEquals(5 * e.generator("g2").flops(2, at16), e.generator("g2").flops(10, at16));
      assertEquals(5 * e.discriminator().flops(2, at16), e.discriminator().flops(10, at16));
    }
  }
}
