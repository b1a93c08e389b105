package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/** Activation functions with the gains StyleGAN uses to keep activations at unit scale. */
final class Activations {
  private static final double LRELU_GAIN = Math.sqrt(2);

  private Activations() {}

  static NDArray leakyRelu(NDArray x) {
    return Tensors.times(Activation.leakyRelu(x, 0.2f), LRELU_GAIN);
  }
}
