package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Modulated 1x1 convolution to RGB, without demodulation, plus bias. */
public final class ToRgb {
  private final ModulatedConv conv;
  private final NDArray bias;

  public ToRgb(Parameters params, String name, int in, int styleSize) {
    this.conv = new ModulatedConv(params, name + ".conv", in, 3, 1, styleSize, false);
    this.bias = params.constant(name + ".bias", new Shape(3, 1, 1), 0f);
  }

  public long flops(long n, int resolution) {
    return conv.flops(n, resolution);
  }

  public NDArray forward(NDArray x, NDArray w) {
    return conv.forward(x, w).add(bias);
  }
}
