package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import art.equilibria.piece.Padding;

/** StyleGAN2's toRGB: a modulated 1x1 convolution without demodulation, plus bias. */
final class ModulatedToRgb implements RgbHead {
  private final ModulatedConv conv;
  private final NDArray bias;

  ModulatedToRgb(Parameters params, String name, int in, int styleSize) {
    this.conv = new ModulatedConv(params, name + ".conv", in, 3, 1, styleSize, false, Padding.ZERO);
    this.bias = params.constant(name + ".bias", new Shape(3, 1, 1), 0f);
  }

  @Override
  public long flops(long n, int size) {
    return conv.flops(n, size);
  }

  @Override
  public NDArray forward(NDArray x, NDArray w) {
    return conv.forward(x, w).add(bias);
  }
}
