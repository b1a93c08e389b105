package art.equilibria.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/** Contrastive loss: {@code d(a, p)^2 + relu(margin - d(a, n))^2}. */
public final class Contrastive extends MetricLearning {
  @Override
  public String name() {
    return "contrastive";
  }

  @Override
  public String summary() {
    return "same-latent pairs pulled together, other-latent pairs pushed beyond a margin";
  }

  @Override
  NDArray pairLoss(NDArray positive, NDArray negative, double margin) {
    return positive.square().add(Activation.relu(negative.neg().add(margin)).square());
  }
}
