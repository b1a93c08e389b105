package art.equilibria.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import art.equilibria.piece.Padding;
import org.junit.jupiter.api.Test;

/** The blur against hand values: the binomial filter, each channel on its own. */
class BlurTest {

  @Test
  void aPointBecomesTheBinomialFilterInItsOwnChannelOnly() {
    try (NDManager m = NDManager.newBaseManager();
        Parameters params = new Parameters(m, Device.cpu(), "g", 0)) {
      float[] point = new float[2 * 9];
      point[4] = 16; // the middle of channel 0; channel 1 stays empty
      NDArray x = m.create(point, new Shape(1, 2, 3, 3));
      assertArrayEquals(
          new float[] {
            1, 2, 1, 2, 4, 2, 1, 2, 1, //
            0, 0, 0, 0, 0, 0, 0, 0, 0
          },
          new Blur(params, 2, Padding.ZERO).forward(x).toFloatArray(),
          1e-6f);
    }
  }

  @Test
  void aMirroredEdgeRepeatsTheRowInsideIt() {
    try (NDManager m = NDManager.newBaseManager();
        Parameters params = new Parameters(m, Device.cpu(), "g", 0)) {
      // A row of 16s across the middle: mirrored, it also lies above the top row and below the
      // bottom one, so every pixel gets 8 (zeros would leave 3 to 6 round the edge).
      NDArray x = m.create(new float[] {0, 0, 0, 16, 16, 16, 0, 0, 0}, new Shape(1, 1, 3, 3));
      assertArrayEquals(
          new float[] {8, 8, 8, 8, 8, 8, 8, 8, 8},
          new Blur(params, 1, Padding.REFLECT).forward(x).toFloatArray(),
          1e-5f);
    }
  }
}
