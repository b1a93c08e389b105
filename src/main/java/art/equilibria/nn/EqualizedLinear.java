package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;

/**
 * A fully connected layer with equalised learning rate: weights are stored at unit scale and
 * multiplied by {@code lrMultiplier / sqrt(in)} at every call, so Adam moves every layer at the
 * same relative speed (Karras et al.).
 */
public final class EqualizedLinear {
  private final NDArray weight;
  private final NDArray bias;
  private final NDArray weightGain;

  /** Null where the multiplier is 1: the bias is used as stored. */
  private final NDArray biasGain;

  public EqualizedLinear(
      Parameters params, String name, int in, int out, double lrMultiplier, float biasInit) {
    this.weight = params.normal(name + ".weight", new Shape(out, in), 1.0 / lrMultiplier);
    this.bias = params.constant(name + ".bias", new Shape(out), biasInit / (float) lrMultiplier);
    this.weightGain = params.scalar(lrMultiplier / Math.sqrt(in));
    this.biasGain = lrMultiplier == 1 ? null : params.scalar(lrMultiplier);
  }

  /** Floating-point operations of a forward pass over {@code n} rows (a multiply-add is two). */
  public long flops(long n) {
    return 2 * n * weight.size();
  }

  public NDArray forward(NDArray x) {
    return Linear.linear(x, weight.mul(weightGain), biasGain == null ? bias : bias.mul(biasGain))
        .singletonOrThrow();
  }
}
