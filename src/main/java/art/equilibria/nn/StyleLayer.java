package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** One synthesis layer: modulated 3x3 convolution, noise, bias, leaky ReLU. */
public final class StyleLayer {
  private final ModulatedConv conv;
  private final NoiseInjection noise;
  private final NDArray bias;
  private final int resolution;

  public StyleLayer(
      Parameters params, String name, int in, int out, int styleSize, int resolution) {
    this.conv = new ModulatedConv(params, name + ".conv", in, out, 3, styleSize, true);
    this.noise = new NoiseInjection(params, name + ".noise", resolution);
    this.bias = params.constant(name + ".bias", new Shape(out, 1, 1), 0f);
    this.resolution = resolution;
  }

  public long flops(long n) {
    return conv.flops(n, resolution);
  }

  public NDArray forward(NDArray x, NDArray w, NoiseMode mode) {
    return Activations.leakyRelu(noise.forward(conv.forward(x, w), mode).add(bias));
  }
}
