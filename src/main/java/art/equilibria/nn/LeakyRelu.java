package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/** Leaky ReLU (slope 0.2) with the gain StyleGAN uses to keep activations at unit scale. */
final class LeakyRelu {
  private final NDArray gain;

  LeakyRelu(Parameters params) {
    this.gain = params.scalar(Math.sqrt(2));
  }

  NDArray forward(NDArray x) {
    return Activation.leakyRelu(x, 0.2f).mul(gain);
  }
}
