package art.equilibria.search;

import ai.djl.ndarray.NDArray;
import art.equilibria.measure.Measure;
import art.equilibria.nn.Tensors;
import art.equilibria.qd.archive.Range;

/**
 * What makes an elite better than another in its cell, from 0 to 100, higher better: how typical
 * its w is for the generator ({@link Typicality}), so elites stay pictures the piece was trained to
 * make, times, when a measure is chosen, how far up that measure's range the picture lies.
 *
 * @param typicality fitted on the generator's own latents
 * @param measure the measure to raise, or null for typicality alone
 * @param range the measure's span in this search (values beyond it count as its ends)
 */
public record Objective(Typicality typicality, Measure measure, Range range) {
  /** The name a search writes for typicality alone. */
  public static final String TYPICAL = "typical";

  public String name() {
    return measure == null ? TYPICAL : measure.about().name();
  }

  /**
   * One objective per latent (differentiable wherever the measure is).
   *
   * @param w N x dim intermediate latents
   * @param levels N x 3 x H x W display levels of their pictures
   */
  public NDArray of(NDArray w, NDArray levels) {
    NDArray score = Tensors.times(typicality.of(w), 100);
    if (measure == null) {
      return score;
    }
    NDArray m = measure.of(levels);
    NDArray share =
        Tensors.times(m.sub(Tensors.scalar(m, range.low())), 1 / range.width()).clip(0, 1);
    return score.mul(share);
  }
}
