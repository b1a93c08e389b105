package art.equilibria.loss;

import ai.djl.ndarray.NDArray;
import art.equilibria.piece.NetworkKind;
import java.util.Set;

/**
 * Diametric optimisation of the discriminator: classify correctly on even steps and wrongly on odd
 * steps. Each of the two opposed losses sees a different batch, so they do not cancel; in the
 * artwork this anchors the ensemble's stability.
 */
public final class Diametric implements LossTerm {
  @Override
  public String name() {
    return "diametric";
  }

  @Override
  public String summary() {
    return "D classifies correctly on even steps and wrongly on odd steps";
  }

  @Override
  public Set<NetworkKind> trains() {
    return Set.of(NetworkKind.DISCRIMINATOR);
  }

  @Override
  public NDArray compute(LossInputs in, TermOptions options) {
    return Classification.critic(in, in.step() % 2 == 0);
  }

  @Override
  public Set<String> judged(LossInputs in) {
    return Set.copyOf(in.generators());
  }
}
