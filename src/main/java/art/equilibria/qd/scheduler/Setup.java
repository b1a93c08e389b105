package art.equilibria.qd.scheduler;

import art.equilibria.qd.archive.Range;
import art.equilibria.qd.archive.Tessellation;
import java.util.List;

/**
 * What an {@link Algorithm} is built for. pyribs' sphere example uses sigma 0.5, gradient sigma 10
 * and objective floor 0 (its objectives lie in [0, 100]).
 *
 * @param solutionDim length of the latents searched
 * @param ranges the span of each measure
 * @param cells grid cells along each measure
 * @param batchSize solutions evaluated per iteration, all emitters together (gradient points
 *     included), at least 3
 * @param seed seed of every emitter's draws
 * @param sigma initial step size of mutations and evolution strategies, in latent units
 * @param gradientSigma initial step size of CMA-MAEGA's gradient coefficients, in latent units
 *     along a unit gradient
 * @param objectiveFloor the lowest objective expected: CMA-MAE's threshold minimum, and the QD
 *     score offset of every archive so that each elite counts positively
 * @param tessellation a grid of {@code cells}, or as many centroids as the grid would have cells
 * @param learningRate CMA-MAE's archive learning rate alpha: how fast a cell's threshold follows
 *     the objectives accepted there (pyribs' 0.01 suits thousands of iterations; a short search
 *     explores more with a higher rate)
 */
public record Setup(
    int solutionDim,
    List<Range> ranges,
    int[] cells,
    int batchSize,
    long seed,
    double sigma,
    double gradientSigma,
    double objectiveFloor,
    Tessellation tessellation,
    double learningRate) {

  /** pyribs' archive learning rate for CMA-MAE, for runs of thousands of iterations. */
  public static final double PYRIBS_LEARNING_RATE = 0.01;

  /**
   * The archive learning rate of a new search: its hundred-odd iterations visit each cell a few
   * times, and at pyribs' rate a cell held ranks barely below a new one (a typical latent scores
   * about 100, a visited cell's threshold about 1), so CMA-MAE and CMA-MAEGA hardly beat random
   * latents there (BENCHMARKS.md). At 0.5 a threshold reaches half the objective at the first
   * visit.
   */
  public static final double SEARCH_LEARNING_RATE = 0.5;

  /** A grid archive's setup, with pyribs' learning rate. */
  public Setup(
      int solutionDim,
      List<Range> ranges,
      int[] cells,
      int batchSize,
      long seed,
      double sigma,
      double gradientSigma,
      double objectiveFloor) {
    this(
        solutionDim,
        ranges,
        cells,
        batchSize,
        seed,
        sigma,
        gradientSigma,
        objectiveFloor,
        Tessellation.GRID,
        PYRIBS_LEARNING_RATE);
  }

  public Setup {
    ranges = List.copyOf(ranges);
    cells = cells.clone();
    if (solutionDim < 1) {
      throw new IllegalArgumentException(
          "solution dimension must be at least 1, got " + solutionDim);
    }
    if (batchSize < 3) {
      throw new IllegalArgumentException(
          "batch size must be at least 3 (a gradient emitter's point and 2 samples), got "
              + batchSize);
    }
    if (!(sigma > 0) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException("sigma must be positive, got " + sigma);
    }
    if (!(gradientSigma > 0) || !Double.isFinite(gradientSigma)) {
      throw new IllegalArgumentException("gradient sigma must be positive, got " + gradientSigma);
    }
    if (!(learningRate >= 0 && learningRate <= 1)) {
      throw new IllegalArgumentException("learning rate must be in [0, 1], got " + learningRate);
    }
    if (!Double.isFinite(objectiveFloor)) {
      throw new IllegalArgumentException("objective floor must be finite, got " + objectiveFloor);
    }
  }
}
