package example;

import ai.djl.ndarray.NDArray;
import art.equilibria.loss.LossInputs;
import art.equilibria.loss.LossTerm;
import art.equilibria.loss.TermOptions;
import art.equilibria.piece.NetworkKind;
import java.util.Set;

/**
 * An example plug-in term: a generator learns to make darker pictures. The loss is the mean of its
 * images (values from -1 to 1), so lowering it darkens them.
 */
public final class Darkness implements LossTerm {
  @Override
  public String name() {
    return "darkness";
  }

  @Override
  public String summary() {
    return "a generator learns to make darker pictures";
  }

  @Override
  public Set<NetworkKind> trains() {
    return Set.of(NetworkKind.GENERATOR);
  }

  @Override
  public NDArray compute(LossInputs in, TermOptions options) {
    return in.images(in.trained()).mean();
  }
}
