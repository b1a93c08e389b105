package art.equilibria.measure;

import ai.djl.ndarray.NDArray;

/**
 * Edge sharpness: the mean Sobel gradient magnitude of the (Rec. 601) luma, in levels per pixel,
 * measured at a fixed scale of {@value #SCALE} x {@value #SCALE} pixels so that the same picture
 * scores the same at any resolution. Soft fields score a few levels; hard edges and pixel noise
 * score tens. Differentiable: resampling, convolution and the root all pass gradients, and the root
 * is kept finite on flat fields.
 */
public final class Sharpness implements Measure {
  /** The side the picture is resampled to before its edges are measured. */
  public static final int SCALE = 128;

  @Override
  public About about() {
    return new About(
        "sharpness",
        "mean Sobel magnitude of the luma at 128 x 128, in levels per pixel",
        0,
        Double.POSITIVE_INFINITY,
        true);
  }

  @Override
  public NDArray of(NDArray levels) {
    return Pictures.meanPerPicture(Pictures.sobel(Pictures.luma(Pictures.resample(levels, SCALE))));
  }
}
