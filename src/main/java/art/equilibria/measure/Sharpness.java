package art.equilibria.measure;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import art.equilibria.nn.Tensors;

/**
 * Edge sharpness: the mean Sobel gradient magnitude of the luma, in levels per pixel, measured at a
 * fixed scale of {@value #SCALE} x {@value #SCALE} pixels so that the same picture scores the same
 * at any resolution. Soft fields score a few levels; hard edges and pixel noise score tens.
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
        Double.POSITIVE_INFINITY);
  }

  @Override
  public NDArray of(NDArray levels) {
    NDArray luma = Pictures.luma(Pictures.resample(levels, SCALE));
    NDArray gx = Tensors.conv2dValid(luma, Pictures.kernel(luma, SOBEL_X, new Shape(1, 1, 3, 3)));
    NDArray gy = Tensors.conv2dValid(luma, Pictures.kernel(luma, SOBEL_Y, new Shape(1, 1, 3, 3)));
    // On a ramp rising s levels per pixel the Sobel kernels answer 8s; divided out, s.
    NDArray magnitude = Tensors.times(gx.square().add(gy.square()).sqrt(), 0.125);
    return Pictures.meanPerPicture(magnitude);
  }

  private static final float[] SOBEL_X = {-1, 0, 1, -2, 0, 2, -1, 0, 1};
  private static final float[] SOBEL_Y = {-1, -2, -1, 0, 0, 0, 1, 2, 1};
}
