package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import art.equilibria.piece.Padding;
import java.util.function.Supplier;

/**
 * A square, size-keeping convolution with equalised learning rate: weights are stored at unit scale
 * and multiplied by {@code 1 / sqrt(fan-in)} at every call. Linear; callers add the activation.
 */
public final class EqualizedConv {
  private final NDArray weight;
  private final NDArray bias;
  private final Supplier<NDArray> scaledWeight;
  private final Padding padding;

  /**
   * @param biased whether the convolution adds its own bias (StyleGAN v1 adds the bias later, after
   *     the blur and the noise)
   */
  public EqualizedConv(
      Parameters params,
      String name,
      int in,
      int out,
      int kernel,
      boolean biased,
      Padding padding) {
    this.weight = params.normal(name + ".weight", new Shape(out, in, kernel, kernel), 1);
    this.bias = biased ? params.constant(name + ".bias", new Shape(out), 0f) : null;
    NDArray gain = params.scalar(1 / Math.sqrt((double) in * kernel * kernel));
    this.scaledWeight = params.derived(name + ".weight*gain", () -> weight.mul(gain));
    this.padding = padding;
  }

  /** Floating-point operations of a forward pass over n images of size x size. */
  public long flops(long n, int size) {
    return 2 * n * size * size * weight.size();
  }

  public NDArray forward(NDArray x) {
    return Tensors.conv2d(x, scaledWeight.get(), bias, padding);
  }
}
