package art.equilibria.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each measure that says it is differentiable has the gradient autograd gives it: it agrees with
 * central differences, and it is finite on a flat picture, where roots and angles have no slope.
 */
class MeasureGradientsTest {
  /** Two pictures, so that a batch's pictures are seen not to mix. */
  private static final Shape SHAPE = new Shape(2, 3, 6, 6);

  /** The step of the central differences, in levels. */
  private static final double STEP = 1e-3;

  /** Levels checked in each picture batch. */
  private static final int POINTS = 8;

  /**
   * How far autograd and the differences may disagree, relative to the difference. Autograd runs in
   * float32: relative round-off of about 6e-8 per operation, through a few dozen operations and
   * sums of up to a few hundred terms, so some 1e-6 (the measures show up to 2e-6). The differences
   * run in float64 with a step of 1e-3 levels: their truncation error, the third derivative times
   * 1e-6 / 6, and their round-off, 1e-16 / 1e-3 of the value, are both far smaller. 1e-4 leaves a
   * wide margin for both and still catches any wrong factor, sign or term.
   */
  private static final double TOLERANCE = 1e-4;

  private NDManager manager;

  @BeforeEach
  void open() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    manager.close();
  }

  static List<String> differentiable() {
    return Measures.installed().all().values().stream()
        .filter(m -> m.about().differentiable())
        .map(m -> m.about().name())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("differentiable")
  void gradientAgreesWithCentralDifferences(String name) {
    Measure measure = Measures.installed().all().get(name);
    Random random = new Random(11);
    float[] levels = new float[(int) SHAPE.size()];
    for (int i = 0; i < levels.length; i++) {
      levels[i] = 20 + 215 * random.nextFloat();
    }
    float[] gradient = gradient(measure, manager.create(levels, SHAPE));
    for (int k = 0; k < POINTS; k++) {
      int i = random.nextInt(levels.length);
      double difference =
          (value(measure, levels, i, STEP) - value(measure, levels, i, -STEP)) / (2 * STEP);
      double error = Math.abs(gradient[i] - difference) / Math.abs(difference);
      assertTrue(
          error < TOLERANCE,
          name + " at level " + i + ": autograd " + gradient[i] + ", differences " + difference);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("differentiable")
  void gradientIsFiniteOnAFlatPicture(String name) {
    Measure measure = Measures.installed().all().get(name);
    NDArray grey = manager.full(SHAPE, 128f);
    for (float g : gradient(measure, grey)) {
      assertTrue(Float.isFinite(g), name + " gives a gradient of " + g);
    }
  }

  /** d(sum of the measure over the batch) / d(levels), by autograd in float32. */
  private static float[] gradient(Measure measure, NDArray levels) {
    levels.setRequiresGradient(true);
    try (GradientCollector c = Engine.getInstance().newGradientCollector()) {
      NDArray values = measure.of(levels);
      assertEquals(SHAPE.get(0), values.getShape().size(), "one value per picture");
      c.backward(values.sum());
    }
    return levels.getGradient().toFloatArray();
  }

  /** The sum of the measure over the batch, in float64, with level i moved by step. */
  private double value(Measure measure, float[] levels, int i, double step) {
    double[] moved = new double[levels.length];
    for (int j = 0; j < levels.length; j++) {
      moved[j] = levels[j];
    }
    moved[i] += step;
    NDArray values = measure.of(manager.create(moved, SHAPE));
    double sum = 0;
    for (double v : values.toDoubleArray()) {
      sum += v;
    }
    return sum;
  }
}
