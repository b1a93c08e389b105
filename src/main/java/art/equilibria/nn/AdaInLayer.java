package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import art.equilibria.piece.GeneratorSpec;

/**
 * What StyleGAN v1 does after every convolution (its "layer epilogue"): per-channel noise, bias,
 * leaky ReLU, then {@link AdaIn}.
 */
final class AdaInLayer {
  private final NoiseInjection noise;
  private final NDArray bias;
  private final AdaIn adaIn;
  private final LeakyRelu activation;

  AdaInLayer(Parameters params, String name, int channels, GeneratorSpec spec, int resolution) {
    this.noise = new NoiseInjection(params, name + ".noise", resolution, channels, spec.noise());
    this.bias = params.constant(name + ".bias", new Shape(channels, 1, 1), 0f);
    this.adaIn = new AdaIn(params, name + ".adain", channels, spec.style());
    this.activation = new LeakyRelu(params);
  }

  long flops(long n) {
    return adaIn.flops(n);
  }

  NDArray forward(NDArray x, NDArray w, NoiseMode mode) {
    return adaIn.forward(activation.forward(noise.forward(x, mode).add(bias)), w);
  }
}
