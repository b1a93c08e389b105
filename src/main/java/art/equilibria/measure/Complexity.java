package art.equilibria.measure;

import ai.djl.ndarray.NDArray;

/**
 * Visual complexity: the mean Sobel gradient magnitude of the Rec. 709 luma at the picture's own
 * resolution, in levels per pixel (a ramp rising s levels per pixel scores s), over the pixels
 * whose 3 x 3 neighbourhood is inside the picture; pictures need at least 3 x 3 pixels. Unlike
 * {@link Sharpness} nothing is resampled, so every detail the picture holds counts.
 *
 * <p>0 for a flat field, and also for a one-pixel checkerboard (Sobel kernels do not see the finest
 * alternation); 127.5 for stripes two pixels wide of black and white. The most any 3 x 3
 * neighbourhood can give, and so the maximum, is {@code 255 √20 / 8} ≈ {@value #MAX}: black with a
 * white right column and bottom row, a 3 x 3 picture that reaches it. Differentiable, with a finite
 * gradient on flat regions too.
 */
public final class Complexity implements Measure {
  /** The largest value: 255 √20 / 8, the strongest Sobel response of 0..255 levels. */
  public static final double MAX = 142.5493335656116;

  @Override
  public About about() {
    return new About(
        "complexity",
        "mean Sobel magnitude of the luma at full resolution, in levels per pixel",
        0,
        MAX,
        true);
  }

  @Override
  public NDArray of(NDArray levels) {
    return Pictures.meanPerPicture(Pictures.sobel(Pictures.luma(levels, Pictures.REC_709)));
  }
}
