package art.equilibria.loss;

import ai.djl.ndarray.NDArray;
import art.equilibria.nn.Tensors;
import art.equilibria.piece.NetworkKind;
import java.util.List;
import java.util.Set;

/**
 * The relational terms of the artwork: the batch mean distance between the discriminator's
 * embeddings of G1(z) and G2(z) for the same latent z, which the generator carrying the term
 * minimises. With more than two generators, the mean over the others.
 */
abstract class EmbeddingDistance implements LossTerm {
  private final Distance distance;

  EmbeddingDistance(Distance distance) {
    this.distance = distance;
  }

  @Override
  public Set<NetworkKind> trains() {
    return Set.of(NetworkKind.GENERATOR);
  }

  @Override
  public NDArray compute(LossInputs in, TermOptions options) {
    NDArray mine = in.judgement(in.trained()).embedding();
    List<String> others = in.othersThan(in.trained());
    NDArray total = null;
    for (String other : others) {
      NDArray d = distance.between(mine, in.judgement(other).embedding()).mean();
      total = total == null ? d : total.add(d);
    }
    return Tensors.times(total, 1.0 / others.size());
  }

  @Override
  public Set<String> judged(LossInputs in) {
    return Set.copyOf(in.generators());
  }
}
