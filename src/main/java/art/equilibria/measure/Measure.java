package art.equilibria.measure;

import ai.djl.ndarray.NDArray;

/**
 * A number that describes a picture as it is shown, computed for a whole batch at once on the
 * tensors' device. Measures read display levels, so they judge what the eye sees rather than the
 * generator's raw values. New measures are plug-ins: implement this and list the class in {@code
 * META-INF/services/art.equilibria.measure.Measure}.
 */
public interface Measure {
  /**
   * What a measure is.
   *
   * @param name the name used in tables, pieces and on the command line, in kebab case, e.g. {@code
   *     clipped}
   * @param meaning what the number means, in one line
   * @param min the smallest value the measure can take
   * @param max the largest value the measure can take (may be infinite)
   * @param differentiable whether {@link #of} is built from differentiable DJL operations, so that
   *     autograd gives a finite, useful gradient of it with respect to the levels (a search follows
   *     the gradients of these measures only); false for counts over thresholds, whose gradient is
   *     zero almost everywhere, and for measures computed off the tensors
   */
  record About(String name, String meaning, double min, double max, boolean differentiable) {}

  About about();

  /**
   * One value per picture.
   *
   * @param levels N x 3 x H x W display levels, 0 to 255 (not necessarily whole)
   * @return N values
   */
  NDArray of(NDArray levels);

  /**
   * The measure of a whole batch, for tables: the mean of its pictures' values unless a measure
   * knows better (an angle is not averaged as a number).
   *
   * @param levels N x 3 x H x W display levels, 0 to 255
   * @return a scalar
   */
  default NDArray ofBatch(NDArray levels) {
    return of(levels).mean();
  }
}
