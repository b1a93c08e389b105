package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/** z -> w: pixel norm, then fully connected layers with leaky ReLU and a small learning rate. */
public final class MappingNetwork {
  private final List<EqualizedLinear> layers = new ArrayList<>();
  private final LeakyRelu activation;

  public MappingNetwork(Parameters params, int latent, int style, int depth, double lrMultiplier) {
    this.activation = new LeakyRelu(params);
    for (int i = 0; i < depth; i++) {
      layers.add(
          new EqualizedLinear(
              params, "mapping.fc" + i, i == 0 ? latent : style, style, lrMultiplier, 0f));
    }
  }

  public long flops(long n) {
    return layers.stream().mapToLong(l -> l.flops(n)).sum();
  }

  public NDArray forward(NDArray z) {
    NDArray x = pixelNorm(z);
    for (EqualizedLinear layer : layers) {
      x = activation.forward(layer.forward(x));
    }
    return x;
  }

  /** Scales each latent to unit root-mean-square, so its length carries no meaning. */
  static NDArray pixelNorm(NDArray z) {
    return z.div(z.square().mean(new int[] {1}, true).add(1e-8).sqrt());
  }
}
