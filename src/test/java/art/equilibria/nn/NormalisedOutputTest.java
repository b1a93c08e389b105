package art.equilibria.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** The normalised output scales each picture by its own range, and only by its own. */
class NormalisedOutputTest {

  @Test
  void eachPictureSpansMinusOneToOne() {
    try (NDManager m = NDManager.newBaseManager()) {
      // Picture 0: values 0..5; picture 1: values -100, 0, 100, ... far larger.
      NDArray rgb =
          m.create(
              new float[] {0, 1, 2, 3, 4, 5, -100, 0, 100, 50, -50, 25}, new Shape(2, 3, 1, 2));
      float[] out = Generator.normalise(rgb).toFloatArray();
      assertArrayEquals(
          new float[] {-1, -0.6f, -0.2f, 0.2f, 0.6f, 1, -1, 0, 1, 0.5f, -0.5f, 0.25f}, out, 1e-4f);
    }
  }
}
