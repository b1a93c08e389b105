package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import art.equilibria.piece.Padding;

/** One resolution of the discriminator: two 3x3 convolutions, then 2x downsampling. */
public final class DiscriminatorBlock {
  private final EqualizedConv first;
  private final EqualizedConv second;
  private final LeakyRelu activation;
  private final int resolution;

  public DiscriminatorBlock(Parameters params, int resolution, int in, int out) {
    String name = "b" + resolution;
    this.first = new EqualizedConv(params, name + ".conv0", in, in, 3, true, Padding.ZERO);
    this.second = new EqualizedConv(params, name + ".conv1", in, out, 3, true, Padding.ZERO);
    this.activation = new LeakyRelu(params);
    this.resolution = resolution;
  }

  public long flops(long n) {
    return first.flops(n, resolution) + second.flops(n, resolution);
  }

  public NDArray forward(NDArray x) {
    NDArray y = activation.forward(first.forward(x));
    return Tensors.downsample2x(activation.forward(second.forward(y)));
  }
}
