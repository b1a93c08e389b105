package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** A square convolution with equalised learning rate, bias and leaky ReLU (discriminator). */
public final class EqualizedConv {
  private final NDArray weight;
  private final NDArray bias;
  private final double gain;

  public EqualizedConv(Parameters params, String name, int in, int out, int kernel) {
    this.weight = params.normal(name + ".weight", new Shape(out, in, kernel, kernel), 1);
    this.bias = params.constant(name + ".bias", new Shape(out), 0f);
    this.gain = 1 / Math.sqrt((double) in * kernel * kernel);
  }

  /** Floating-point operations of a forward pass over n images of size x size. */
  public long flops(long n, int size) {
    return 2 * n * size * size * weight.size();
  }

  public NDArray forward(NDArray x) {
    return Activations.leakyRelu(Tensors.conv2d(x, Tensors.times(weight, gain), bias));
  }
}
