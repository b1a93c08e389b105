package art.equilibria.measure;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import art.equilibria.nn.Tensors;

/** Tensor steps the measures share. */
final class Pictures {
  /** libtorch's interpolation modes, as DJL numbers them. */
  private static final int BILINEAR = 1;

  private static final int AREA = 2;

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
    NDArray weights = kernel(levels, new float[] {0.299f, 0.587f, 0.114f}, new Shape(1, 3, 1, 1));
    return levels.mul(weights).sum(new int[] {1}, true);
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

  /** Constant values on the same manager and device as {@code like}. */
  static NDArray kernel(NDArray like, float[] values, Shape shape) {
    return like.getManager()
        .create(values, shape)
        .toType(DataType.FLOAT32, false)
        .toDevice(like.getDevice(), false);
  }
}
