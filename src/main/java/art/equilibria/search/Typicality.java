package art.equilibria.search;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import art.equilibria.nn.Generator;
import art.equilibria.nn.Tensors;
import java.util.SplittableRandom;

/**
 * How much a latent looks like those the generator was trained on, from 0 to 1, in w: the mapping
 * network normalises z, so z's length changes nothing a picture shows, while w far from the mean w
 * gives pictures the generator rarely made. With q the squared distance of w from the mean w over
 * its mean over the generator's own latents, typicality is exp(-max(0, q - 1)): 1 for a w no
 * farther out than usual, falling beyond.
 *
 * @param mean the mean w of the generator's own latents
 * @param spread their mean squared distance from it
 */
public record Typicality(float[] mean, double spread) {
  /**
   * Latents drawn for the fit, the same count for a search and a descent: only the mapping network
   * runs on them, so many cost little, and a descent is judged by the same yardstick as a search.
   */
  static final int SAMPLES = 512;

  /**
   * Fitted on the w of {@value #SAMPLES} latents from the prior, drawn from {@code seed} as {@link
   * LatentSearch#gaussian} draws them (a search's pilot of the same seed is the same latents).
   */
  static Typicality fit(Generator generator, long seed, NDManager manager) {
    return fit(
        generator,
        LatentSearch.gaussian(new SplittableRandom(seed), SAMPLES, generator.spec().latent()),
        manager);
  }

  /** Fitted on the w of the given latents. */
  static Typicality fit(Generator generator, double[][] latents, NDManager manager) {
    try (NDScope scope = new NDScope()) {
      NDArray w = generator.map(LatentEvaluator.batch(manager, latents));
      NDArray mean = w.mean(new int[] {0}, true);
      double spread = w.sub(mean).square().sum(new int[] {1}).mean().getFloat();
      return new Typicality(mean.toFloatArray(), Math.max(spread, 1e-12));
    }
  }

  /** One typicality per row of N x dim w (differentiable). */
  NDArray of(NDArray w) {
    NDArray mean =
        w.getManager()
            .create(this.mean, new Shape(1, this.mean.length))
            .toDevice(w.getDevice(), false);
    NDArray q = Tensors.times(w.sub(mean).square().sum(new int[] {1}), 1 / spread);
    return q.sub(Tensors.scalar(q, 1)).clip(0, Float.MAX_VALUE).neg().exp();
  }
}
