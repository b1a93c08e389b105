package art.equilibria.search;

import ai.djl.ndarray.NDArray;
import art.equilibria.measure.Measure;
import art.equilibria.nn.Tensors;
import art.equilibria.qd.archive.Range;

/**
 * What makes an elite better than another in its cell, from 0 to 100, higher better: how typical
 * its latent is for the generator (so elites stay pictures the piece was trained to make), times,
 * when a measure is chosen, how far up that measure's range the picture lies.
 *
 * <p>Typicality is exp(-d (|z| / sqrt(d) - 1)^2): 1 at the norm a latent of d normal values usually
 * has, e^-1/2 about one standard deviation of that norm away (1 / sqrt(2d)).
 *
 * @param measure the measure to raise, or null for typicality alone
 * @param range the measure's span in this search (values beyond it count as its ends)
 */
public record Objective(Measure measure, Range range) {
  /** The name a search writes for typicality alone. */
  public static final String TYPICAL = "typical";

  public static Objective typical() {
    return new Objective(null, null);
  }

  public String name() {
    return measure == null ? TYPICAL : measure.about().name();
  }

  /**
   * One objective per latent (differentiable wherever the measure is).
   *
   * @param z N x d latents
   * @param levels N x 3 x H x W display levels of their pictures
   */
  public NDArray of(NDArray z, NDArray levels) {
    long d = z.getShape().get(1);
    // The epsilon keeps the gradient finite at z = 0, where the searches start.
    NDArray squared = z.square().sum(new int[] {1});
    NDArray radius =
        Tensors.times(squared.add(Tensors.scalar(squared, 1e-8)).sqrt(), 1 / Math.sqrt(d));
    NDArray off = radius.sub(Tensors.scalar(radius, 1));
    NDArray typicality = Tensors.times(off.square(), -d).exp();
    NDArray score = Tensors.times(typicality, 100);
    if (measure == null) {
      return score;
    }
    NDArray m = measure.of(levels);
    NDArray share =
        Tensors.times(m.sub(Tensors.scalar(m, range.low())), 1 / range.width()).clip(0, 1);
    return score.mul(share);
  }
}
