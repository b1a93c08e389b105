package art.equilibria.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import art.equilibria.nn.Parameters;
import art.equilibria.piece.Optimiser;
import org.junit.jupiter.api.Test;

class AdamTest {

  @Test
  void firstStepsMoveByLearningRateTimesSignAndSkipUnusedParameters() {
    try (NDManager root = NDManager.newBaseManager();
        Parameters params = new Parameters(root, Device.cpu(), "net", 1)) {
      NDArray used = params.constant("used", new Shape(2), 1f);
      NDArray unused = params.constant("unused", new Shape(1), 5f);
      Adam adam = new Adam(params, new Optimiser(0.01, 0, 0.99, 1e-8));
      params.requireGradients(true);
      for (int step = 0; step < 2; step++) {
        try (GradientCollector c = Engine.getInstance().newGradientCollector()) {
          // d/dx of 3*x0 - 2*x1 is (3, -2).
          NDArray coefficients = root.create(new float[] {3, -2});
          c.backward(used.mul(coefficients).sum());
        }
        double norm = adam.step("phase");
        assertEquals(Math.sqrt(13), norm, 1e-5);
      }
      // beta1 = 0: each step is lr * g / |g| = lr * sign(g).
      assertArrayEquals(new float[] {0.98f, 1.02f}, used.toFloatArray(), 1e-5f);
      assertArrayEquals(new float[] {5f}, unused.toFloatArray(), 0f);
      assertEquals(2L, adam.updates().get("net/used"));
      assertEquals(0L, adam.updates().get("net/unused"));
    }
  }

  @Test
  void aParameterTakingPartOnlyInALaterPhaseIsUpdatedThen() {
    try (NDManager root = NDManager.newBaseManager();
        Parameters params = new Parameters(root, Device.cpu(), "net", 1)) {
      NDArray first = params.constant("first", new Shape(1), 1f);
      NDArray later = params.constant("later", new Shape(1), 1f);
      Adam adam = new Adam(params, new Optimiser(0.01, 0, 0.99, 1e-8));
      params.requireGradients(true);
      for (String phase : new String[] {"one", "one", "two", "one"}) {
        try (GradientCollector c = Engine.getInstance().newGradientCollector()) {
          c.backward(phase.equals("one") ? first.sum() : first.add(later).sum());
        }
        adam.step(phase);
      }
      assertEquals(4L, adam.updates().get("net/first"));
      assertEquals(1L, adam.updates().get("net/later"));
      assertArrayEquals(new float[] {0.99f}, later.toFloatArray(), 1e-5f);
    }
  }
}
