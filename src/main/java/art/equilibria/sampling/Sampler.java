package art.equilibria.sampling;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import art.equilibria.nn.Generator;
import art.equilibria.nn.NoiseMode;
import art.equilibria.piece.Growth;

/**
 * One trained generator's pictures for latents, as a work shows them: at the resolution it reached,
 * with each layer's constant noise (so a latent always gives the same picture) and, below psi 1, w
 * pulled towards the generator's mean w (the truncation trick).
 */
public final class Sampler {
  private final Generator generator;
  private final Growth growth;
  private final MeanW mean;
  private final double psi;

  /**
   * @param mean the generator's mean w, or null when psi is 1
   * @param psi the truncation: 1 leaves w as it is
   */
  public Sampler(Generator generator, Growth growth, MeanW mean, double psi) {
    this.generator = generator;
    this.growth = growth;
    this.mean = psi == 1 ? null : mean;
    this.psi = psi;
  }

  /**
   * A sampler with a truncation, the mean w estimated once here when it is needed.
   *
   * @param manager where the mean w lives (the ensemble's, so it lasts as long as the networks)
   */
  public static Sampler truncated(
      Generator generator, Growth growth, double psi, NDManager manager) {
    return new Sampler(generator, growth, psi == 1 ? null : MeanW.of(generator, manager), psi);
  }

  public Generator generator() {
    return generator;
  }

  /** Images (N x 3 x H x W, the generator's own values) of latents in w. */
  public NDArray fromW(NDArray w) {
    NDArray shown = mean == null ? w : mean.truncate(w, psi);
    return generator.synthesise(shown, growth, NoiseMode.CONSTANT);
  }

  /** Images of latents in z, through the mapping network. */
  public NDArray fromZ(NDArray z) {
    return fromW(generator.map(z));
  }
}
