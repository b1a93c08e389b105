package art.equilibria.measure;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import art.equilibria.nn.Tensors;

/** Tensor steps the measures share. */
final class Pictures {
  /** libtorch's interpolation modes, as DJL numbers them. */
  private static final int BILINEAR = 1;

  private static final int AREA = 2;

  /** Rec. 601 luma weights of R, G and B. */
  static final float[] REC_601 = {0.299f, 0.587f, 0.114f};

  /** Rec. 709 (sRGB) luma weights of R, G and B. */
  static final float[] REC_709 = {0.2126f, 0.7152f, 0.0722f};

  /**
   * What {@link #sqrt} adds under the root, in squared levels: its gradient stays finite where the
   * root is 0, and the value moves by at most its root, 1e-5 levels.
   */
  private static final double EPSILON = 1e-10;

  private Pictures() {}

  /** The mean over everything but the first axis: one value per picture. */
  static NDArray meanPerPicture(NDArray x) {
    int[] rest = new int[x.getShape().dimension() - 1];
    for (int i = 0; i < rest.length; i++) {
      rest[i] = i + 1;
    }
    return Tensors.mean(x, rest, false);
  }

  /** Rec. 601 luma of N x 3 x H x W levels, as N x 1 x H x W. */
  static NDArray luma(NDArray levels) {
    return luma(levels, REC_601);
  }

  /** Luma of N x 3 x H x W levels with the given R, G, B weights, as N x 1 x H x W. */
  static NDArray luma(NDArray levels, float[] weights) {
    return levels.mul(kernel(levels, weights, new Shape(1, 3, 1, 1))).sum(new int[] {1}, true);
  }

  /**
   * The Sobel gradient magnitude of N x 1 x H x W luma, in levels per pixel (a ramp rising s levels
   * per pixel gives s), over the (H - 2) x (W - 2) pixels whose 3 x 3 neighbourhood is inside the
   * picture. Its gradient is finite everywhere, flat regions included ({@link #sqrt}).
   */
  static NDArray sobel(NDArray luma) {
    Shape s = luma.getShape();
    if (s.get(2) < 3 || s.get(3) < 3) {
      throw new IllegalArgumentException(
          "edges need pictures of at least 3 x 3 pixels, not " + s.get(3) + " x " + s.get(2));
    }
    NDArray gx = Tensors.conv2dValid(luma, kernel(luma, SOBEL_X, new Shape(1, 1, 3, 3)));
    NDArray gy = Tensors.conv2dValid(luma, kernel(luma, SOBEL_Y, new Shape(1, 1, 3, 3)));
    return sqrt(gx.square().add(gy.square()));
  }

  /**
   * Sobel kernels divided by 8: on a ramp rising s levels per pixel the plain kernels answer 8s.
   */
  private static final float[] SOBEL_X = {-0.125f, 0, 0.125f, -0.25f, 0, 0.25f, -0.125f, 0, 0.125f};

  private static final float[] SOBEL_Y = {-0.125f, -0.25f, -0.125f, 0, 0, 0, 0.125f, 0.25f, 0.125f};

  /**
   * {@code sqrt(x + ε) - sqrt(ε)} of x ≥ 0: 0 where x is 0, within 1e-5 of {@code sqrt(x)}
   * elsewhere, and with a finite gradient everywhere. A plain root's gradient is infinite at 0, so
   * autograd would give NaN (0 times infinity) wherever a picture is flat.
   */
  static NDArray sqrt(NDArray x) {
    NDArray epsilon = Tensors.scalar(x, EPSILON);
    return x.add(epsilon).sqrt().sub(epsilon.sqrt());
  }

  /**
   * Pictures resampled to side x side: averaged over areas when shrinking (no aliasing), bilinear
   * when growing, untouched when already that size.
   */
  static NDArray resample(NDArray levels, int side) {
    Shape s = levels.getShape();
    if (s.get(2) == side && s.get(3) == side) {
      return levels;
    }
    int mode = s.get(2) > side && s.get(3) > side ? AREA : BILINEAR;
    return levels.getNDArrayInternal().interpolation(new long[] {side, side}, mode, false);
  }

  /**
   * Constant values on the same manager and device as {@code like}, and of its type (so that
   * measures also run in double precision, as their gradient checks do).
   */
  static NDArray kernel(NDArray like, float[] values, Shape shape) {
    return like.getManager()
        .create(values, shape)
        .toType(like.getDataType(), false)
        .toDevice(like.getDevice(), false);
  }
}
