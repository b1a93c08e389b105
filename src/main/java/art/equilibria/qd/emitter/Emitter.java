package art.equilibria.qd.emitter;

import art.equilibria.qd.archive.AddResult;
import java.util.List;

/**
 * Proposes solutions and learns from their evaluation, as pyribs' {@code EmitterBase}. The caller
 * evaluates what {@link #ask} returns and tells the results back in the same order. Emitters that
 * use gradients first hand out the points whose Jacobians they need ({@link #askDqd}, {@link
 * #tellDqd}); the others hand out none.
 */
public interface Emitter {
  /** The next batch of solutions to evaluate. */
  double[][] ask();

  /**
   * What became of the last {@link #ask}'s solutions.
   *
   * @param results what the archive did with each, in order
   */
  void tell(
      double[][] solutions, double[] objectives, double[][] measures, List<AddResult> results);

  /** The points whose objective and measure gradients this emitter needs before {@link #ask}. */
  default double[][] askDqd() {
    return new double[0][];
  }

  /**
   * The evaluation of the last {@link #askDqd}'s points.
   *
   * @param jacobians per point, the objective's gradient then each measure's: [point][1 +
   *     measures][solution dim]
   */
  default void tellDqd(
      double[][] solutions,
      double[] objectives,
      double[][] measures,
      double[][][] jacobians,
      List<AddResult> results) {}
}
