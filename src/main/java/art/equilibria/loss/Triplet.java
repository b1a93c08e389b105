package art.equilibria.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/** Triplet loss: {@code relu(d(a, p) - d(a, n) + margin)}. */
public final class Triplet extends MetricLearning {
  @Override
  public String name() {
    return "triplet";
  }

  @Override
  public String summary() {
    return "same-latent images closer than other-latent ones by a margin (metric learning)";
  }

  @Override
  NDArray pairLoss(NDArray positive, NDArray negative, double margin) {
    return Activation.relu(positive.sub(negative).add(margin));
  }
}
