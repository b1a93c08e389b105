package art.equilibria.loss;

import ai.djl.ndarray.NDArray;
import art.equilibria.piece.NetworkKind;
import java.util.Set;

/**
 * The two-generator GAN: the discriminator learns which generator made an image; a generator is
 * trained to be classified as the other generator(s).
 */
public final class Adversarial implements LossTerm {
  @Override
  public String name() {
    return "adversarial";
  }

  @Override
  public String summary() {
    return "D learns which generator made an image; a generator learns to pass as the other";
  }

  @Override
  public Set<NetworkKind> trains() {
    return Set.of(NetworkKind.GENERATOR, NetworkKind.DISCRIMINATOR);
  }

  @Override
  public NDArray compute(LossInputs in, TermOptions options) {
    return in.trainsDiscriminator()
        ? Classification.critic(in, true)
        : Classification.loss(in, in.trained(), false);
  }

  @Override
  public Set<String> judged(LossInputs in) {
    return in.trainsDiscriminator() ? Set.copyOf(in.generators()) : Set.of(in.trained());
  }
}
