package art.equilibria.qd.emitter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.qd.archive.AddResult;
import art.equilibria.qd.archive.AddStatus;
import art.equilibria.qd.archive.GridArchive;
import art.equilibria.qd.archive.Range;
import art.equilibria.qd.archive.Thresholds;
import art.equilibria.qd.opt.CmaEs;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradientArborescenceEmitterTest {
  private static final Strategy CMA_MAEGA =
      new Strategy(Ranker.IMPROVEMENT, SelectionRule.MU, RestartRule.BASIC);
  private static final double[] X0 = {1, 1, 1, 1, 1, 1};

  /** Two measures over solutions of length 6. */
  private static GridArchive archive() {
    return new GridArchive(
        6, new int[] {5, 5}, List.of(new Range(0, 1), new Range(0, 1)), Thresholds.ELITIST, 0);
  }

  private static GradientArborescenceEmitter emitter(double learningRate, int batchSize) {
    return new GradientArborescenceEmitter(
        archive(), X0, 0.5, learningRate, batchSize, CMA_MAEGA, 3);
  }

  /** Gradients along the first three axes, of lengths 3, 2 and 5. */
  private static void tellGradients(GradientArborescenceEmitter emitter) {
    double[][] point = emitter.askDqd();
    double[][][] jacobian = {{{3, 0, 0, 0, 0, 0}, {0, -2, 0, 0, 0, 0}, {0, 0, 5, 0, 0, 0}}};
    emitter.tellDqd(point, new double[1], new double[1][2], jacobian, List.of());
  }

  @Test
  void askDqdHandsOutTheStartingPoint() {
    assertArrayEquals(X0, emitter(1, 8).askDqd()[0]);
  }

  @Test
  void askBeforeTheGradientsIsRefused() {
    assertThrows(IllegalStateException.class, () -> emitter(1, 8).ask());
  }

  @Test
  void solutionsBranchFromThePointAlongTheNormalisedGradients() {
    GradientArborescenceEmitter emitter = emitter(1, 400);
    tellGradients(emitter);
    double[][] xs = emitter.ask();
    assertEquals(400, xs.length);
    double[] squares = new double[3];
    for (double[] x : xs) {
      for (int i = 3; i < 6; i++) {
        assertEquals(1, x[i], 0);
      }
      for (int g = 0; g < 3; g++) {
        squares[g] += (x[g] - 1) * (x[g] - 1) / xs.length;
      }
    }
    // Unit gradients: each axis moves by its coefficient, spread sigma0 = 0.5 whatever the norm.
    for (double s : squares) {
      assertEquals(0.5, Math.sqrt(s), 0.06);
    }
  }

  @Test
  void tellMovesThePointTowardsTheRecombinedBestByTheLearningRate() {
    GradientArborescenceEmitter emitter = emitter(0.5, 4);
    tellGradients(emitter);
    double[][] xs = emitter.ask();
    List<AddResult> results =
        List.of(
            new AddResult(AddStatus.NOT_ADDED, -1),
            new AddResult(AddStatus.NEW, 9),
            new AddResult(AddStatus.IMPROVE_EXISTING, 4),
            new AddResult(AddStatus.NOT_ADDED, -2));
    emitter.tell(xs, new double[4], new double[4][2], results);
    // Mu selection: the best two, samples 1 then 2, with CMA-ES' weights.
    double[] w = CmaEs.recombinationWeights(2);
    double[] expected = new double[6];
    for (int i = 0; i < 6; i++) {
      double target = w[0] * xs[1][i] + w[1] * xs[2][i];
      expected[i] = 1 + 0.5 * (target - 1);
    }
    assertArrayEquals(expected, emitter.askDqd()[0], 1e-12);
    assertEquals(0, emitter.restarts());
  }

  @Test
  void aJacobianOfTheWrongShapeIsRefused() {
    GradientArborescenceEmitter emitter = emitter(1, 4);
    double[][][] twoRows = {{{1, 0, 0, 0, 0, 0}, {0, 1, 0, 0, 0, 0}}};
    String message =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    emitter.tellDqd(
                        emitter.askDqd(), new double[1], new double[1][2], twoRows, List.of()))
            .getMessage();
    assertTrue(message.contains("3 gradients"), message);
  }
}
