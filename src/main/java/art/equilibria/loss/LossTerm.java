package art.equilibria.loss;

import ai.djl.ndarray.NDArray;
import art.equilibria.piece.NetworkKind;
import art.equilibria.piece.TermOption;
import java.util.List;
import java.util.Set;

/**
 * One loss term. Implementations are found with {@link java.util.ServiceLoader}: an artist adds a
 * term by implementing this interface in a jar with a {@code
 * META-INF/services/art.equilibria.loss.LossTerm} entry, puts the jar in {@code plugins/} (or names
 * it in {@code EQUILIBRIA_PLUGINS}), and names the term in a piece. {@code ./equilibria --version}
 * lists the plug-in terms found.
 *
 * <p>Rules that bite under libtorch's autograd:
 *
 * <ul>
 *   <li>Never {@code NDArray.mul(Number)} or {@code div(Number)} on anything the gradient passes
 *       through: DJL wraps the number in a tensor over a Java buffer that is freed while autograd
 *       still holds it. Use {@code art.equilibria.nn.Tensors.times(x, value)} or a scalar made with
 *       {@code Tensors.scalar}.
 *   <li>The engine's {@code mean} takes one axis at a time; for several use {@code Tensors.mean(x,
 *       axes, keepDims)}.
 *   <li>Return a scalar, and compute everything inside {@code compute}: each update runs in a scope
 *       that frees every array made in it, so nothing may be kept across calls.
 * </ul>
 *
 * <p>A run records the names of the terms it trained with, not their code: rendering, watching or
 * showing a finished run works without the plug-in's jar; training or resuming it needs the jar.
 * {@code art.equilibria.loss.LossTerms.loadedBy(classLoader)} loads a plug-in's jar in its own
 * tests.
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

  /**
   * The generators whose {@link LossInputs#judgement judgement} {@link #compute} reads in this
   * update. The discriminator judges the generators that an update's terms name in one pass, which
   * is faster than one pass each; a judgement read without being named here is still made, alone.
   */
  default Set<String> judged(LossInputs in) {
    return Set.of();
  }
}
