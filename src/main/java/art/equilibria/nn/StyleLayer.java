package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import art.equilibria.piece.GeneratorSpec;

/**
 * One StyleGAN2 synthesis layer: modulated 3x3 convolution, noise, bias, leaky ReLU. Alone, the 4x4
 * stage.
 */
final class StyleLayer implements SynthesisStage {
  private final ModulatedConv conv;
  private final NoiseInjection noise;
  private final NDArray bias;
  private final LeakyRelu activation;
  private final int resolution;

  StyleLayer(Parameters params, String name, int in, int out, GeneratorSpec spec, int resolution) {
    this.conv =
        new ModulatedConv(params, name + ".conv", in, out, 3, spec.style(), true, spec.padding());
    this.noise = new NoiseInjection(params, name + ".noise", resolution, 1, spec.noise());
    this.bias = params.constant(name + ".bias", new Shape(out, 1, 1), 0f);
    this.activation = new LeakyRelu(params);
    this.resolution = resolution;
  }

  @Override
  public long flops(long n) {
    return conv.flops(n, resolution);
  }

  @Override
  public NDArray forward(NDArray x, NDArray w, NoiseMode mode) {
    return activation.forward(noise.forward(conv.forward(x, w), mode).add(bias));
  }
}
