package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import art.equilibria.piece.Padding;

/** StyleGAN v1's toRGB: a linear 1x1 convolution with bias, no style. */
final class PlainToRgb implements RgbHead {
  private final EqualizedConv conv;

  PlainToRgb(Parameters params, String name, int in) {
    this.conv = new EqualizedConv(params, name, in, 3, 1, true, Padding.ZERO);
  }

  @Override
  public long flops(long n, int size) {
    return conv.flops(n, size);
  }

  @Override
  public NDArray forward(NDArray x, NDArray w) {
    return conv.forward(x);
  }
}
