package art.equilibria.loss;

import ai.djl.ndarray.NDArray;
import art.equilibria.piece.NetworkKind;
import art.equilibria.piece.TermOption;
import java.util.List;
import java.util.Set;

/**
 * One loss term. Implementations are found with {@link java.util.ServiceLoader}: an artist adds a
 * term by implementing this interface in a jar on the class path with a {@code
 * META-INF/services/art.equilibria.loss.LossTerm} entry, and names it in a piece.
 */
public interface LossTerm {

  /** The name pieces use, in kebab case. */
  String name();

  /** One line for listings and the pieces documentation. */
  String summary();

  /** The kinds of network this term can train. */
  Set<NetworkKind> trains();

  /** The options this term accepts under {@code options:} in a piece, checked when it is read. */
  default List<TermOption> options() {
    return List.of();
  }

  /**
   * The loss the trained network minimises, a scalar. Everything the term needs (images, the
   * discriminator's judgement of them) comes from {@code in}; the gradient flows only to {@code
   * in.trained()}.
   */
  NDArray compute(LossInputs in, TermOptions options);
}
