package art.equilibria.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import art.equilibria.nn.Parameters;
import art.equilibria.piece.Optimiser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdamTest {

  @Test
  void updatesOnAThreadOfItsOwnWhereLibtorchRecordsGradientsByDefault() throws Exception {
    java.util.concurrent.atomic.AtomicReference<Throwable> failed =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread training =
        new Thread(
            () -> {
              try {
                firstStepsMoveByLearningRateTimesSignAndSkipUnusedParameters();
              } catch (Throwable t) {
                failed.set(t);
              }
            });
    training.start();
    training.join();
    if (failed.get() != null) {
      throw new AssertionError("the update failed on its own thread", failed.get());
    }
  }

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

  /** libtorch's fused Adam, one parameter at a time: what the flat update must equal. */
  private static final class FusedReference {
    final NDArray weight;
    final NDArray mean;
    final NDArray variance;
    long updates;

    FusedReference(NDArray initial) {
      weight = initial.duplicate();
      mean = initial.zerosLike();
      variance = initial.zerosLike();
    }

    void step(NDArray grad, Optimiser o) {
      updates++;
      float b1 = (float) o.beta1();
      float b2 = (float) o.beta2();
      double corrected =
          o.lr() * Math.sqrt(1 - Math.pow(b2, updates)) / (1 - Math.pow(b1, updates));
      weight
          .getNDArrayInternal()
          .adamUpdate(
              new NDList(weight, grad, mean, variance),
              new NDList(weight),
              (float) o.lr(),
              (float) corrected,
              0f,
              1f,
              -1f,
              b1,
              b2,
              (float) o.epsilon(),
              false,
              false);
    }
  }

  @Test
  void theFlatUpdateIsLibtorchsFusedUpdateForEveryParameterAndItsState() {
    Optimiser settings = new Optimiser(0.01, 0.5, 0.99, 1e-8);
    try (NDManager root = NDManager.newBaseManager();
        Parameters params = new Parameters(root, Device.cpu(), "net", 1)) {
      List<NDArray> weights =
          List.of(
              params.normal("a", new Shape(3, 2), 1),
              params.normal("b", new Shape(5), 1),
              params.normal("grown", new Shape(2, 2, 1), 1));
      List<FusedReference> references = new ArrayList<>();
      weights.forEach(w -> references.add(new FusedReference(w)));
      Adam adam = new Adam(params, settings);
      params.requireGradients(true);
      // Two updates before the last parameter takes part (a growth), then three with it: the
      // counts differ, so the bias correction differs between stretches of the flat vector.
      String[] phases = {"before", "before", "grown", "grown", "grown"};
      for (String phase : phases) {
        int taking = phase.equals("before") ? 2 : 3;
        try (GradientCollector c = Engine.getInstance().newGradientCollector()) {
          NDArray loss = null;
          for (int i = 0; i < taking; i++) {
            // d/dw of sum(w^2 + 0.3 w) is 2 w + 0.3
            NDArray term = weights.get(i).square().add(weights.get(i).mul(0.3f)).sum();
            loss = loss == null ? term : loss.add(term);
          }
          c.backward(loss);
        }
        for (int i = 0; i < taking; i++) {
          FusedReference r = references.get(i);
          r.step(r.weight.mul(2).add(0.3f), settings);
        }
        adam.step(phase);
      }
      NDList state = adam.state();
      for (int i = 0; i < weights.size(); i++) {
        FusedReference r = references.get(i);
        assertArrayEquals(r.weight.toFloatArray(), weights.get(i).toFloatArray(), 1e-6f);
        assertArrayEquals(r.mean.toFloatArray(), state.get(2 * i).toFloatArray(), 1e-6f);
        assertArrayEquals(r.variance.toFloatArray(), state.get(2 * i + 1).toFloatArray(), 1e-6f);
        assertEquals(r.updates, adam.updates().get(weights.get(i).getName()));
      }
    }
  }
}
