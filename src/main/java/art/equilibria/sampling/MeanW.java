package art.equilibria.sampling;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import art.equilibria.nn.Generator;
import art.equilibria.nn.Tensors;

/**
 * A generator's mean intermediate latent w, estimated from a fixed set of latents, and the
 * truncation trick that pulls a w towards it (psi 1: unchanged, 0: the mean picture).
 */
public final class MeanW {
  /** Latents averaged for the estimate: the same set for every run, so truncation is repeatable. */
  private static final int SAMPLES = 4096;

  private static final long SEED = -7;

  private final NDArray mean;

  private MeanW(NDArray mean) {
    this.mean = mean;
  }

  /** Estimates {@code g}'s mean w; the array lives on {@code manager}. */
  public static MeanW of(Generator g, NDManager manager) {
    NDArray mean;
    try (NDScope scope = new NDScope()) {
      LatentStream stream = new LatentStream(SEED, g.spec().latent());
      mean = g.map(stream.fixed(manager, SAMPLES)).mean(new int[] {0}, true);
      NDScope.unregister(mean);
    }
    return new MeanW(mean);
  }

  /** {@code w} pulled towards the mean: mean + psi (w - mean). */
  public NDArray truncate(NDArray w, double psi) {
    return Tensors.lerp(mean, w, psi);
  }
}
