package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import art.equilibria.piece.Padding;

/**
 * StyleGAN v1's blur after upsampling: the binomial filter [1, 2, 1] x [1, 2, 1] / 16 with zero
 * padding (or the picture mirrored at its edge), size-keeping. It is two 2x2 box filters in a row
 * (one padded, one not), which libtorch's average pooling runs much faster than the equivalent
 * depthwise convolution.
 */
final class Blur {
  private static final Shape BOX = new Shape(2, 2);
  private static final Shape ONE = new Shape(1, 1);
  private static final Shape NONE = new Shape(0, 0);

  private Blur() {}

  static NDArray forward(NDArray x, Padding padding) {
    NDArray wider =
        padding == Padding.REFLECT
            ? Pool.avgPool2d(Tensors.reflect(x, 1), BOX, ONE, NONE, false, true)
            : Pool.avgPool2d(x, BOX, ONE, ONE, false, true);
    return Pool.avgPool2d(wider, BOX, ONE, NONE, false, true);
  }
}
