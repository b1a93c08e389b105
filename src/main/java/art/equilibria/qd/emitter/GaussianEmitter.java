package art.equilibria.qd.emitter;

import art.equilibria.qd.archive.AddResult;
import art.equilibria.qd.archive.Archive;
import art.equilibria.qd.archive.Elite;
import java.util.List;
import java.util.SplittableRandom;

/**
 * MAP-Elites' variation, as pyribs' {@code GaussianEmitter}: elites drawn uniformly from the
 * archive plus isotropic Gaussian noise, or {@code x0} plus noise while the archive is empty. It
 * learns nothing from feedback.
 */
public final class GaussianEmitter implements Emitter {
  private final Archive archive;
  private final double[] x0;
  private final double sigma;
  private final int batchSize;
  private final Bounds bounds;
  private final SplittableRandom random;

  /**
   * @param archive where parents are drawn from
   * @param x0 the parent while the archive is empty
   * @param sigma standard deviation of the noise
   * @param batchSize solutions per {@link #ask}
   * @param bounds the box solutions are clipped into
   * @param seed seed of every draw
   */
  public GaussianEmitter(
      Archive archive, double[] x0, double sigma, int batchSize, Bounds bounds, long seed) {
    Emitters.checkStart(archive, x0);
    Emitters.checkBatchSize(batchSize, 1);
    if (!(sigma >= 0) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException("Gaussian emitter sigma must be >= 0, got " + sigma);
    }
    this.archive = archive;
    this.x0 = x0.clone();
    this.sigma = sigma;
    this.batchSize = batchSize;
    this.bounds = bounds;
    this.random = new SplittableRandom(seed);
  }

  @Override
  public double[][] ask() {
    double[][] parents = new double[batchSize][];
    if (archive.isEmpty()) {
      for (int k = 0; k < batchSize; k++) {
        parents[k] = x0.clone();
      }
    } else {
      List<Elite> elites = archive.sampleElites(batchSize, random);
      for (int k = 0; k < batchSize; k++) {
        parents[k] = elites.get(k).solution();
      }
    }
    for (double[] x : parents) {
      for (int i = 0; i < x.length; i++) {
        x[i] += sigma * random.nextGaussian();
      }
      bounds.clip(x);
    }
    return parents;
  }

  @Override
  public void tell(
      double[][] solutions, double[] objectives, double[][] measures, List<AddResult> results) {}
}
