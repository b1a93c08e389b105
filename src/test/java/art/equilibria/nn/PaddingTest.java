package art.equilibria.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import art.equilibria.piece.Padding;
import org.junit.jupiter.api.Test;

/** Mirrored padding against hand values, and what it changes at the picture's edge. */
class PaddingTest {

  @Test
  void reflectMirrorsTheRowsAndColumnsNextToTheEdge() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray x = m.create(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, new Shape(1, 1, 3, 3));
      assertArrayEquals(
          new float[] {
            5, 4, 5, 6, 5, //
            2, 1, 2, 3, 2, //
            5, 4, 5, 6, 5, //
            8, 7, 8, 9, 8, //
            5, 4, 5, 6, 5
          },
          Tensors.reflect(x, 1).toFloatArray(),
          0f);
    }
  }

  @Test
  void aFlatFieldStaysFlatUnderAMirroredBlurAndDarkensAtTheEdgeUnderZeros() {
    try (NDManager m = NDManager.newBaseManager();
        Parameters params = new Parameters(m, Device.cpu(), "g", 0)) {
      NDArray flat = m.ones(new Shape(1, 1, 6, 6));
      float[] reflected = new Blur(params, 1, Padding.REFLECT).forward(flat).toFloatArray();
      for (float v : reflected) {
        assertTrue(Math.abs(v - 1) < 1e-6, "mirrored blur of a flat field: " + v);
      }
      float[] zeros = new Blur(params, 1, Padding.ZERO).forward(flat).toFloatArray();
      // A corner keeps 9 of the filter's 16 parts, the middle all of them.
      assertArrayEquals(new float[] {9 / 16f}, new float[] {zeros[0]}, 1e-6f);
      assertArrayEquals(new float[] {1f}, new float[] {zeros[14]}, 1e-6f);
    }
  }

  @Test
  void aMirroredConvolutionOfAFlatFieldIsFlat() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray flat = m.full(new Shape(1, 2, 5, 5), 3f);
      NDArray kernel = m.randomNormal(new Shape(4, 2, 3, 3));
      float[] out = Tensors.conv2d(flat, kernel, null, Padding.REFLECT).toFloatArray();
      for (int c = 0; c < 4; c++) {
        for (int i = 1; i < 25; i++) {
          assertTrue(Math.abs(out[c * 25 + i] - out[c * 25]) < 1e-4, "channel " + c + " " + i);
        }
      }
    }
  }
}
