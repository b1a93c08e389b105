package art.equilibria.qd.emitter;

/**
 * How a ranker ordered a batch.
 *
 * @param order indices of the solutions, best first
 * @param values per solution, the values it was ranked by (lexicographically)
 */
public record Ranking(int[] order, double[][] values) {
  /** Below this distance between the best and worst values the batch is too flat to learn from. */
  private static final double FLAT = 1e-12;

  /** pycma's flat-fitness tolerance, as pyribs applies it to ranking values. */
  public boolean isFlat() {
    if (order.length < 2) {
      return false;
    }
    double[] best = values[order[0]];
    double[] worst = values[order[order.length - 1]];
    double squares = 0;
    for (int v = 0; v < best.length; v++) {
      squares += (best[v] - worst[v]) * (best[v] - worst[v]);
    }
    return Math.sqrt(squares) < FLAT;
  }
}
