package art.equilibria.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import art.equilibria.piece.Padding;
import org.junit.jupiter.api.Test;

/** Laid out channels last, an array still reads, reshapes and back-propagates as N x C x H x W. */
class ChannelsLastTest {

  @Test
  void theValuesStayWhereTheyAreIndexed() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray x = m.arange(120f).reshape(2, 3, 4, 5);
      NDArray last = Tensors.channelsLast(x);
      assertEquals(x.getShape(), last.getShape());
      assertArrayEquals(x.toFloatArray(), last.toFloatArray(), 0f);
      assertArrayEquals(x.reshape(-1).toFloatArray(), last.reshape(-1).toFloatArray(), 0f);
      assertEquals(x.getFloat(1, 2, 3, 4), last.getFloat(1, 2, 3, 4), 0f);
      // Element-wise work on it (which keeps the layout) reads back in order too.
      assertArrayEquals(x.mul(2f).toFloatArray(), last.mul(2f).toFloatArray(), 0f);
    }
  }

  @Test
  void theGradientReachesTheArrayItWasMadeFrom() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray x = m.randomNormal(new Shape(2, 3, 4, 5));
      NDArray w = m.arange(120f).reshape(2, 3, 4, 5);
      x.setRequiresGradient(true);
      try (GradientCollector c = Engine.getInstance().newGradientCollector()) {
        c.backward(Tensors.channelsLast(x).mul(w).sum());
      }
      assertArrayEquals(w.toFloatArray(), x.getGradient().toFloatArray(), 0f);
    }
  }

  @Test
  void aConvolutionGivesTheSameResultEitherWay() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray x = m.randomNormal(new Shape(4, 8, 16, 16));
      NDArray k = m.randomNormal(new Shape(8, 8, 3, 3));
      NDArray first = Tensors.conv2d(x, k, null, Padding.ZERO);
      NDArray last =
          Tensors.conv2d(Tensors.channelsLast(x), Tensors.channelsLast(k), null, Padding.ZERO);
      assertArrayEquals(first.toFloatArray(), last.toFloatArray(), 1e-4f);
    }
  }
}
