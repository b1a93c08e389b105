package art.equilibria.qd.emitter;

/**
 * A box every coordinate of a solution is clipped into; {@link #NONE} leaves solutions as drawn.
 */
public record Bounds(double low, double high) {
  public static final Bounds NONE = new Bounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

  public Bounds {
    if (!(low < high)) {
      throw new IllegalArgumentException(
          "solution bounds low must be below high, got [" + low + ", " + high + "]");
    }
  }

  /** Clips a solution in place and returns it. */
  double[] clip(double[] solution) {
    for (int i = 0; i < solution.length; i++) {
      solution[i] = Math.max(low, Math.min(high, solution[i]));
    }
    return solution;
  }
}
