package art.equilibria.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import art.equilibria.nn.Tensors;
import art.equilibria.piece.NetworkKind;
import art.equilibria.piece.TermOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Relational terms from metric learning, in the discriminator's embedding space. For an anchor
 * G_i(z), the positive is another generator's G_j(z) (same latent) and the negative G_j(z') with a
 * different latent of the batch. Training a generator moves its embeddings; training the
 * discriminator shapes the space itself.
 */
abstract class MetricLearning implements LossTerm {

  @Override
  public Set<NetworkKind> trains() {
    return Set.of(NetworkKind.GENERATOR, NetworkKind.DISCRIMINATOR);
  }

  @Override
  public List<TermOption> options() {
    return List.of(
        TermOption.number("margin", 0, 10000),
        TermOption.choice(
            "distance", Arrays.stream(Distance.values()).map(Distance::key).toList()));
  }

  @Override
  public NDArray compute(LossInputs in, TermOptions options) {
    double margin = options.number("margin", 1.0);
    Distance distance = Distance.named(options.text("distance", Distance.EUCLIDEAN.key()));
    NDArray total = null;
    int pairs = 0;
    for (String anchor : in.anchors()) {
      NDArray a = in.judgement(anchor).embedding();
      for (String other : in.othersThan(anchor)) {
        NDArray p = in.judgement(other).embedding();
        NDArray term =
            pairLoss(distance.between(a, p), distance.between(a, shifted(p)), margin).mean();
        total = total == null ? term : total.add(term);
        pairs++;
      }
    }
    return Tensors.times(total, 1.0 / pairs);
  }

  @Override
  public Set<String> judged(LossInputs in) {
    return Set.copyOf(in.generators());
  }

  /** Per-sample loss from the positive and negative distances. */
  abstract NDArray pairLoss(NDArray positive, NDArray negative, double margin);

  /** The batch rolled by one: row i gets the embedding of latent i + 1. */
  static NDArray shifted(NDArray x) {
    return x.get(new NDIndex("1:")).concat(x.get(new NDIndex(":1")), 0);
  }
}
