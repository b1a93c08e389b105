package art.equilibria.qd.opt;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The covariance matrix adaptation evolution strategy with Hansen's standard update ("The CMA
 * Evolution Strategy: A Tutorial", 2016): log-rank recombination weights, cumulative step-size
 * adaptation, rank-one and rank-mu covariance updates, the eigendecomposition recomputed lazily.
 *
 * <p>It is told a ranking, best first, and how many of the best to recombine, as pyribs' {@code
 * CMAEvolutionStrategy}: an emitter ranks by what the archive made of its samples, and may
 * recombine only those the archive took (then weights and learning rates follow that number).
 * Samples are unbounded. Draws come from a {@link SplittableRandom} of the seed, so a run is
 * reproducible. Where pyribs' port of purecma differs from the tutorial this follows the tutorial:
 * the rank-one term is weighted c1 (pyribs applies c1 twice) and the step size is adapted by the
 * length of its path over E||N(0, I)|| (purecma uses the squared length); the step-size change is
 * capped at a factor e per generation, as in both.
 */
public final class CmaEs {
  /** pycma's tolerances: a restart is due past this condition number ... */
  private static final double MAX_CONDITION = 1e14;

  /** ... or when the distribution's widest axis is below this. */
  private static final double MIN_AREA = 1e-11;

  private final int dim;
  private final int batchSize;
  private final double sigma0;
  private final SplittableRandom random;
  private final double chiN;
  private final double lazyGapEvals;

  private double[] mean;
  private double sigma;
  private double[] pc;
  private double[] ps;
  private double[][] cov;
  private double[][] eigenvectors; // columns: the axes of the distribution
  private double[] axisLengths; // square roots of the eigenvalues
  private double condition;
  private long evals;
  private long eigenEvals;
  private double[][] asked;

  /**
   * @param x0 the first mean; its length is the dimension of the search space
   * @param batchSize samples per {@link #ask} (lambda), at least 2
   * @param sigma0 initial step size
   * @param seed seed of every draw
   */
  public CmaEs(double[] x0, int batchSize, double sigma0, long seed) {
    if (x0.length < 1) {
      throw new IllegalArgumentException("CMA-ES needs at least 1 dimension");
    }
    if (batchSize < 2) {
      throw new IllegalArgumentException("CMA-ES batch size must be at least 2, got " + batchSize);
    }
    if (!(sigma0 > 0) || !Double.isFinite(sigma0)) {
      throw new IllegalArgumentException("CMA-ES step size must be positive, got " + sigma0);
    }
    this.dim = x0.length;
    this.batchSize = batchSize;
    this.sigma0 = sigma0;
    this.random = new SplittableRandom(seed);
    this.chiN = Math.sqrt(dim) * (1 - 1.0 / (4 * dim) + 1.0 / (21.0 * dim * dim));
    // As pyribs: decompose once every this many samples, judged with the default mu = lambda / 2.
    Parameters standard = new Parameters(batchSize / 2);
    this.lazyGapEvals = 0.5 * batchSize / (standard.c1 + standard.cmu) / dim;
    reset(x0);
  }

  /** Restarts from {@code x0} with the initial step size and an identity covariance. */
  public void reset(double[] x0) {
    if (x0.length != dim) {
      throw new IllegalArgumentException(
          "CMA-ES start must have length " + dim + ", got " + x0.length);
    }
    mean = x0.clone();
    sigma = sigma0;
    pc = new double[dim];
    ps = new double[dim];
    cov = new double[dim][dim];
    eigenvectors = new double[dim][dim];
    for (int i = 0; i < dim; i++) {
      cov[i][i] = 1;
      eigenvectors[i][i] = 1;
    }
    axisLengths = new double[dim];
    Arrays.fill(axisLengths, 1);
    condition = 1;
    evals = 0;
    eigenEvals = 0;
    asked = null;
  }

  /** A copy of the distribution's mean. */
  public double[] mean() {
    return mean.clone();
  }

  public double sigma() {
    return sigma;
  }

  /** Draws {@link #batchSize} samples from N(mean, sigma^2 C). */
  public double[][] ask() {
    if (evals > eigenEvals + lazyGapEvals) {
      decompose();
    }
    asked = new double[batchSize][dim];
    double[] scaled = new double[dim];
    for (double[] x : asked) {
      for (int j = 0; j < dim; j++) {
        scaled[j] = axisLengths[j] * random.nextGaussian();
      }
      for (int i = 0; i < dim; i++) {
        double y = 0;
        for (int j = 0; j < dim; j++) {
          y += eigenvectors[i][j] * scaled[j];
        }
        x[i] = mean[i] + sigma * y;
      }
    }
    double[][] copy = new double[batchSize][];
    for (int k = 0; k < batchSize; k++) {
      copy[k] = asked[k].clone();
    }
    return copy;
  }

  /**
   * Updates the distribution from the last {@link #ask}'s samples.
   *
   * @param ranking indices of the samples, best first
   * @param parents how many of the best to recombine; 0 leaves the distribution as it is
   */
  public void tell(int[] ranking, int parents) {
    if (asked == null) {
      throw new IllegalStateException("CMA-ES tell() needs an ask() first");
    }
    if (ranking.length != batchSize) {
      throw new IllegalArgumentException(
          "CMA-ES ranking must cover the " + batchSize + " samples, got " + ranking.length);
    }
    if (parents < 0 || parents > batchSize) {
      throw new IllegalArgumentException(
          "CMA-ES parents must lie in [0, " + batchSize + "], got " + parents);
    }
    evals += batchSize;
    if (parents == 0) {
      return;
    }
    Parameters p = new Parameters(parents);
    double[] oldMean = mean;
    double[][] steps = new double[parents][dim]; // (x - old mean) / sigma of each parent
    double[] meanStep = new double[dim];
    for (int k = 0; k < parents; k++) {
      double[] x = asked[ranking[k]];
      for (int i = 0; i < dim; i++) {
        steps[k][i] = (x[i] - oldMean[i]) / sigma;
        meanStep[i] += p.weights[k] * steps[k][i];
      }
    }
    mean = new double[dim];
    for (int i = 0; i < dim; i++) {
      mean[i] = oldMean[i] + sigma * meanStep[i];
    }

    // Cumulative step-size adaptation: the path of C^(-1/2)-whitened mean steps.
    double[] whitened = inverseSqrtTimes(meanStep);
    double psScale = Math.sqrt(p.cs * (2 - p.cs) * p.mueff);
    for (int i = 0; i < dim; i++) {
      ps[i] = (1 - p.cs) * ps[i] + psScale * whitened[i];
    }
    double psNorm = norm(ps);
    double generations = evals / (double) batchSize;
    boolean stalled =
        psNorm / Math.sqrt(1 - Math.pow(1 - p.cs, 2 * generations)) / chiN >= 1.4 + 2.0 / (dim + 1);
    double hsig = stalled ? 0 : 1;
    double pcScale = hsig * Math.sqrt(p.cc * (2 - p.cc) * p.mueff);
    for (int i = 0; i < dim; i++) {
      pc[i] = (1 - p.cc) * pc[i] + pcScale * meanStep[i];
    }

    // Rank-one and rank-mu updates; the weights sum to 1.
    double decay = 1 - p.c1 - p.cmu + p.c1 * (1 - hsig) * p.cc * (2 - p.cc);
    for (int i = 0; i < dim; i++) {
      for (int j = 0; j <= i; j++) {
        double rankMu = 0;
        for (int k = 0; k < parents; k++) {
          rankMu += p.weights[k] * steps[k][i] * steps[k][j];
        }
        double c = decay * cov[i][j] + p.c1 * pc[i] * pc[j] + p.cmu * rankMu;
        cov[i][j] = c;
        cov[j][i] = c;
      }
    }
    // Capped as in pycma, so one wild generation cannot blow the step size up.
    sigma *= Math.exp(Math.min(1, p.cs / p.damps * (psNorm / chiN - 1)));
  }

  /**
   * Whether the distribution has degenerated and a restart is due (pycma's tolerances, as pyribs):
   * an ill-conditioned covariance, a vanishing spread, or values no longer finite.
   */
  public boolean isDegenerate() {
    if (!Double.isFinite(sigma) || !(condition <= MAX_CONDITION)) {
      return true;
    }
    for (double m : mean) {
      if (!Double.isFinite(m)) {
        return true;
      }
    }
    double widest = 0;
    for (double a : axisLengths) {
      widest = Math.max(widest, a);
    }
    return sigma * widest < MIN_AREA;
  }

  /**
   * CMA-ES' positive recombination weights for {@code parents} ranked samples: {@code log(mu + 1/2)
   * - log(i)}, normalised to sum to 1.
   */
  public static double[] recombinationWeights(int parents) {
    double[] w = new double[parents];
    double total = 0;
    for (int i = 0; i < parents; i++) {
      w[i] = Math.log(parents + 0.5) - Math.log(i + 1);
      total += w[i];
    }
    for (int i = 0; i < parents; i++) {
      w[i] /= total;
    }
    return w;
  }

  /** Recomputes the axes from the covariance (made exactly symmetric first). */
  private void decompose() {
    eigenEvals = evals;
    DMatrixRMaj c = new DMatrixRMaj(dim, dim);
    for (int i = 0; i < dim; i++) {
      for (int j = 0; j < dim; j++) {
        double v = cov[i][j];
        if (!Double.isFinite(v)) {
          condition = Double.POSITIVE_INFINITY;
          return;
        }
        c.set(i, j, v);
      }
    }
    EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(dim, true, true);
    if (!eigen.decompose(c)) {
      condition = Double.POSITIVE_INFINITY;
      return;
    }
    double smallest = Double.POSITIVE_INFINITY;
    double largest = 0;
    for (int j = 0; j < dim; j++) {
      double lambda = Math.abs(eigen.getEigenvalue(j).getReal());
      smallest = Math.min(smallest, lambda);
      largest = Math.max(largest, lambda);
      axisLengths[j] = Math.sqrt(lambda);
      DMatrixRMaj v = eigen.getEigenVector(j);
      for (int i = 0; i < dim; i++) {
        eigenvectors[i][j] = v.get(i, 0);
      }
    }
    condition = largest / smallest;
  }

  /** C^(-1/2) v = B D^(-1) B^T v with the current axes. */
  private double[] inverseSqrtTimes(double[] v) {
    double[] projected = new double[dim];
    for (int j = 0; j < dim; j++) {
      double s = 0;
      for (int i = 0; i < dim; i++) {
        s += eigenvectors[i][j] * v[i];
      }
      projected[j] = s / axisLengths[j];
    }
    double[] out = new double[dim];
    for (int i = 0; i < dim; i++) {
      double s = 0;
      for (int j = 0; j < dim; j++) {
        s += eigenvectors[i][j] * projected[j];
      }
      out[i] = s;
    }
    return out;
  }

  private static double norm(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  /** Hansen's default strategy parameters for a number of parents in this dimension. */
  private final class Parameters {
    final double[] weights;
    final double mueff;
    final double cc;
    final double cs;
    final double c1;
    final double cmu;
    final double damps;

    Parameters(int parents) {
      weights = recombinationWeights(parents);
      double squares = 0;
      for (double w : weights) {
        squares += w * w;
      }
      mueff = 1 / squares;
      cc = (4 + mueff / dim) / (dim + 4 + 2 * mueff / dim);
      cs = (mueff + 2) / (dim + mueff + 5);
      c1 = 2 / ((dim + 1.3) * (dim + 1.3) + mueff);
      cmu = Math.min(1 - c1, 2 * (mueff - 2 + 1 / mueff) / ((dim + 2) * (dim + 2) + mueff));
      damps = 1 + 2 * Math.max(0, Math.sqrt((mueff - 1) / (dim + 1)) - 1) + cs;
    }
  }
}
