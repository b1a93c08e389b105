package art.equilibria.qd.emitter;

import art.equilibria.qd.archive.AddResult;
import art.equilibria.qd.archive.Archive;
import art.equilibria.qd.opt.CmaEs;
import java.util.List;
import java.util.SplittableRandom;

/**
 * CMA-MEGA and CMA-MAEGA's emitter (Fontaine and Nikolaidis 2021, 2023), as pyribs' {@code
 * GradientArborescenceEmitter}. It keeps a point theta. {@link #askDqd} hands it out to have its
 * objective and measure gradients computed; {@link #tellDqd} keeps them, each normalised to unit
 * length. {@link #ask} then draws coefficient vectors c from a CMA-ES over 1 + measures dimensions
 * and returns {@code theta + c_0 grad f + sum_j c_j grad m_j}. {@link #tell} ranks those solutions,
 * updates the CMA-ES, and moves theta by plain gradient ascent towards the recombined parents:
 * {@code theta += learningRate (weighted mean of parents - theta)} (pyribs' "gradient_ascent", as
 * its sphere example's CMA-MAEGA; learning rate 1 puts theta on that mean).
 */
public final class GradientArborescenceEmitter implements Emitter {
  /** Added to a gradient's norm before dividing by it, as pyribs. */
  private static final double EPSILON = 1e-8;

  private final Archive archive;
  private final double[] x0;
  private final double learningRate;
  private final Strategy strategy;
  private final CmaEs coefficients;
  private final SplittableRandom random;
  private double[] theta;
  private double[][] gradients;
  private int restarts;

  /**
   * @param archive the archive that judges the samples and provides restart points
   * @param x0 the first point theta
   * @param sigma0 the initial step size of the coefficients (a coefficient of 1 moves a solution by
   *     1 along a unit gradient)
   * @param learningRate the gradient-ascent rate of theta
   * @param batchSize solutions per {@link #ask}, at least 2; {@link #askDqd} adds one more
   * @param strategy ranking, selection and restart rules
   * @param seed seed of every draw
   */
  public GradientArborescenceEmitter(
      Archive archive,
      double[] x0,
      double sigma0,
      double learningRate,
      int batchSize,
      Strategy strategy,
      long seed) {
    Emitters.checkStart(archive, x0);
    Emitters.checkBatchSize(batchSize, 2);
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new IllegalArgumentException(
          "gradient learning rate must be positive, got " + learningRate);
    }
    SplittableRandom root = new SplittableRandom(seed);
    this.archive = archive;
    this.x0 = x0.clone();
    this.learningRate = learningRate;
    this.strategy = strategy;
    this.coefficients =
        new CmaEs(new double[1 + archive.measureDim()], batchSize, sigma0, root.nextLong());
    this.random = root.split();
    this.theta = x0.clone();
  }

  /** How often the emitter was restarted. */
  public int restarts() {
    return restarts;
  }

  /** The current point, whose gradients {@link #tellDqd} expects. */
  @Override
  public double[][] askDqd() {
    return new double[][] {theta.clone()};
  }

  @Override
  public void tellDqd(
      double[][] solutions,
      double[] objectives,
      double[][] measures,
      double[][][] jacobians,
      List<AddResult> results) {
    int rows = 1 + archive.measureDim();
    if (jacobians.length != 1 || jacobians[0].length != rows) {
      throw new IllegalArgumentException(
          "gradient emitter needs one Jacobian of " + rows + " gradients for its point");
    }
    double[][] normalised = new double[rows][];
    for (int g = 0; g < rows; g++) {
      double[] gradient = jacobians[0][g];
      if (gradient.length != theta.length) {
        throw new IllegalArgumentException(
            "gradients must have length " + theta.length + ", got " + gradient.length);
      }
      double norm = 0;
      for (double v : gradient) {
        norm += v * v;
      }
      double scale = 1 / (Math.sqrt(norm) + EPSILON);
      normalised[g] = new double[gradient.length];
      for (int i = 0; i < gradient.length; i++) {
        normalised[g][i] = gradient[i] * scale;
      }
    }
    gradients = normalised;
  }

  @Override
  public double[][] ask() {
    if (gradients == null) {
      throw new IllegalStateException("gradient emitter needs askDqd() and tellDqd() before ask()");
    }
    double[][] coefficientBatch = coefficients.ask();
    double[][] solutions = new double[coefficientBatch.length][];
    for (int k = 0; k < solutions.length; k++) {
      double[] x = theta.clone();
      for (int g = 0; g < gradients.length; g++) {
        double c = coefficientBatch[k][g];
        for (int i = 0; i < x.length; i++) {
          x[i] += c * gradients[g][i];
        }
      }
      solutions[k] = x;
    }
    return solutions;
  }

  @Override
  public void tell(
      double[][] solutions, double[] objectives, double[][] measures, List<AddResult> results) {
    if (gradients == null) {
      throw new IllegalStateException("gradient emitter needs askDqd(), tellDqd() and ask() first");
    }
    Strategy.Update update = strategy.update(coefficients, results);
    // With no parents (nothing added under FILTER) theta stays; pyribs would step to the origin.
    if (update.parents() > 0) {
      double[] weights = CmaEs.recombinationWeights(update.parents());
      double[] target = new double[theta.length];
      for (int k = 0; k < update.parents(); k++) {
        double[] parent = solutions[update.ranking()[k]];
        for (int i = 0; i < target.length; i++) {
          target[i] += weights[k] * parent[i];
        }
      }
      for (int i = 0; i < theta.length; i++) {
        theta[i] += learningRate * (target[i] - theta[i]);
      }
    }
    if (update.restartDue()) {
      theta = Emitters.restartPoint(archive, x0, random);
      coefficients.reset(new double[gradients.length]);
      restarts++;
    }
  }
}
