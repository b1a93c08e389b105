package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

/** A square convolution with equalised learning rate, bias and leaky ReLU (discriminator). */
public final class EqualizedConv {
  private final NDArray weight;
  private final NDArray bias;
  private final double gain;
  private final Shape padding;

  public EqualizedConv(Parameters params, String name, int in, int out, int kernel) {
    this.weight = params.normal(name + ".weight", new Shape(out, in, kernel, kernel), 1);
    this.bias = params.constant(name + ".bias", new Shape(out), 0f);
    this.gain = 1 / Math.sqrt((double) in * kernel * kernel);
    this.padding = new Shape(kernel / 2, kernel / 2);
  }

  public NDArray forward(NDArray x) {
    NDArray y =
        Conv2d.conv2d(
                x, Tensors.times(weight, gain), bias, new Shape(1, 1), padding, new Shape(1, 1), 1)
            .singletonOrThrow();
    return Activations.leakyRelu(y);
  }
}
