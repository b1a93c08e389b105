package art.equilibria.measure;

import ai.djl.ndarray.NDArray;

/**
 * How unlike two generators are where it matters to the artwork: the mean absolute difference of
 * the pictures they make from the same latents, as a share of the display range (0: the same
 * pictures, 1: black against white everywhere).
 */
public final class Difference {
  public static final String NAME = "g-difference";

  private Difference() {}

  /**
   * @param a N x 3 x H x W display levels of one generator
   * @param b the other generator's, for the same latents
   */
  public static double between(NDArray a, NDArray b) {
    return a.sub(b).abs().mean().getFloat() / 255.0;
  }
}
