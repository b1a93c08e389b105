package art.equilibria.qd.emitter;

import art.equilibria.qd.archive.AddResult;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The baseline: latents drawn from N(0, I) times a scale, as a generator's prior draws them,
 * whatever the archive holds. It learns nothing from feedback.
 */
public final class RandomEmitter implements Emitter {
  private final int solutionDim;
  private final double scale;
  private final int batchSize;
  private final SplittableRandom random;

  public RandomEmitter(int solutionDim, double scale, int batchSize, long seed) {
    if (solutionDim < 1) {
      throw new IllegalArgumentException(
          "solution dimension must be at least 1, got " + solutionDim);
    }
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw new IllegalArgumentException("random emitter scale must be positive, got " + scale);
    }
    Emitters.checkBatchSize(batchSize, 1);
    this.solutionDim = solutionDim;
    this.scale = scale;
    this.batchSize = batchSize;
    this.random = new SplittableRandom(seed);
  }

  @Override
  public double[][] ask() {
    double[][] solutions = new double[batchSize][solutionDim];
    for (double[] x : solutions) {
      for (int i = 0; i < solutionDim; i++) {
        x[i] = scale * random.nextGaussian();
      }
    }
    return solutions;
  }

  @Override
  public void tell(
      double[][] solutions, double[] objectives, double[][] measures, List<AddResult> results) {}
}
