package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import java.util.function.Supplier;

/**
 * A fully connected layer with equalised learning rate: weights are stored at unit scale and
 * multiplied by {@code lrMultiplier / sqrt(in)} at every call, so Adam moves every layer at the
 * same relative speed (Karras et al.).
 */
public final class EqualizedLinear {
  private final NDArray weight;
  private final Supplier<NDArray> scaledWeight;
  private final Supplier<NDArray> scaledBias;

  public EqualizedLinear(
      Parameters params, String name, int in, int out, double lrMultiplier, float biasInit) {
    this.weight = params.normal(name + ".weight", new Shape(out, in), 1.0 / lrMultiplier);
    NDArray bias = params.constant(name + ".bias", new Shape(out), biasInit / (float) lrMultiplier);
    NDArray weightGain = params.scalar(lrMultiplier / Math.sqrt(in));
    this.scaledWeight = params.derived(name + ".weight*gain", () -> weight.mul(weightGain));
    if (lrMultiplier == 1) {
      this.scaledBias = () -> bias; // used as stored
    } else {
      NDArray biasGain = params.scalar(lrMultiplier);
      this.scaledBias = params.derived(name + ".bias*gain", () -> bias.mul(biasGain));
    }
  }

  /** Floating-point operations of a forward pass over {@code n} rows (a multiply-add is two). */
  public long flops(long n) {
    return 2 * n * weight.size();
  }

  public NDArray forward(NDArray x) {
    return Linear.linear(x, scaledWeight.get(), scaledBias.get()).singletonOrThrow();
  }
}
