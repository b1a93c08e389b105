package art.equilibria.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** AdaIN against values worked out by hand. */
class AdaInTest {

  @Test
  void instanceNormGivesEveryMapZeroMeanAndUnitVariance() {
    try (NDManager m = NDManager.newBaseManager()) {
      // One map 1, 2, 3, 4: mean 2.5, variance 1.25.
      NDArray x = m.create(new float[] {1, 2, 3, 4}, new Shape(1, 1, 2, 2));
      float d = (float) Math.sqrt(1.25);
      assertArrayEquals(
          new float[] {-1.5f / d, -0.5f / d, 0.5f / d, 1.5f / d},
          AdaIn.instanceNorm(x).toFloatArray(),
          1e-5f);
    }
  }

  @Test
  void scalesByOnePlusTheStylesScaleAndShiftsByItsBias() {
    try (NDManager m = NDManager.newBaseManager();
        Parameters p = new Parameters(m, Device.cpu(), "g", 1)) {
      AdaIn adaIn = new AdaIn(p, "a", 2, 2);
      // Affine rows: scale 0, scale 1, shift 0, shift 1; only scale 0 reads the style.
      Tensors.copyInto(
          m.create(new float[] {1, 0, 0, 0, 0, 0, 0, 0}, new Shape(4, 2)),
          p.trainable().get("a.affine.weight"));
      Tensors.copyInto(
          m.create(new float[] {0, -0.5f, 0.25f, 2}, new Shape(4)),
          p.trainable().get("a.affine.bias"));
      // Channel 0: 1, 2, 3, 4. Channel 1: 10, 10, 10, 30 (mean 15, variance 75).
      NDArray x = m.create(new float[] {1, 2, 3, 4, 10, 10, 10, 30}, new Shape(1, 2, 2, 2));
      NDArray w = m.create(new float[] {1, 0}, new Shape(1, 2));
      // Style: the weight 1 times w[0] at equalised gain 1/sqrt(2), plus the biases.
      double scale0 = 1 + 1 / Math.sqrt(2);
      double scale1 = 1 - 0.5;
      double d0 = Math.sqrt(1.25);
      double d1 = Math.sqrt(75);
      float[] expected = new float[8];
      double[] c0 = {-1.5, -0.5, 0.5, 1.5};
      double[] c1 = {-5, -5, -5, 15};
      for (int i = 0; i < 4; i++) {
        expected[i] = (float) (c0[i] / d0 * scale0 + 0.25);
        expected[4 + i] = (float) (c1[i] / d1 * scale1 + 2);
      }
      assertArrayEquals(expected, adaIn.forward(x, w).toFloatArray(), 1e-5f);
    }
  }
}
