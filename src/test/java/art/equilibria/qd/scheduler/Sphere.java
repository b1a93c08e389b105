package art.equilibria.qd.scheduler;

import art.equilibria.qd.archive.Range;
import java.util.List;

/**
 * pyribs' sphere benchmark (its tutorial and {@code examples/sphere.py}, after Fontaine et al.
 * 2020): the objective is the negative sphere shifted to 2.048 in every coordinate, rescaled so
 * that 100 is the optimum and 0 the worst point of [-5.12, 5.12]^n; the two measures are the sums
 * of the first and second halves of the solution, each value beyond +-5.12 folded back inside as
 * 5.12 / x.
 */
final class Sphere {
  private static final double BOUND = 5.12;
  private static final double SHIFT = 0.4 * BOUND;

  private final int dim;

  Sphere(int dim) {
    this.dim = dim;
  }

  /** The measure ranges pyribs uses: each half sums to at most n/2 * 5.12 in magnitude. */
  List<Range> ranges() {
    double max = dim / 2 * BOUND;
    return List.of(new Range(-max, max), new Range(-max, max));
  }

  double objective(double[] x) {
    double worst = (BOUND + SHIFT) * (BOUND + SHIFT) * dim;
    double raw = 0;
    for (double v : x) {
      raw += (v - SHIFT) * (v - SHIFT);
    }
    return (raw - worst) / (0 - worst) * 100;
  }

  double[] measures(double[] x) {
    double[] m = new double[2];
    for (int i = 0; i < dim; i++) {
      m[i < dim / 2 ? 0 : 1] += Math.abs(x[i]) > BOUND ? BOUND / x[i] : x[i];
    }
    return m;
  }

  /**
   * The objective's gradient as pyribs' example gives it (unscaled, -2 (x - shift): emitters
   * normalise gradients) and the measures' gradients.
   */
  double[][] jacobian(double[] x) {
    double[][] j = new double[3][dim];
    for (int i = 0; i < dim; i++) {
      j[0][i] = -2 * (x[i] - SHIFT);
      j[i < dim / 2 ? 1 : 2][i] = Math.abs(x[i]) > BOUND ? -BOUND / (x[i] * x[i]) : 1;
    }
    return j;
  }

  /** One evaluated batch. */
  record Evaluation(double[] objectives, double[][] measures, double[][][] jacobians) {}

  Evaluation evaluate(double[][] solutions) {
    int n = solutions.length;
    double[] objectives = new double[n];
    double[][] measures = new double[n][];
    double[][][] jacobians = new double[n][][];
    for (int k = 0; k < n; k++) {
      objectives[k] = objective(solutions[k]);
      measures[k] = measures(solutions[k]);
      jacobians[k] = jacobian(solutions[k]);
    }
    return new Evaluation(objectives, measures, jacobians);
  }

  /** Runs a scheduler for some iterations, serving gradients first when asked to. */
  void run(Scheduler scheduler, boolean gradients, int iterations) {
    for (int i = 0; i < iterations; i++) {
      if (gradients) {
        Evaluation e = evaluate(scheduler.askDqd());
        scheduler.tellDqd(e.objectives(), e.measures(), e.jacobians());
      }
      Evaluation e = evaluate(scheduler.ask());
      scheduler.tell(e.objectives(), e.measures());
    }
  }
}
