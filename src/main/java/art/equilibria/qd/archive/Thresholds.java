package art.equilibria.qd.archive;

/**
 * How a cell's acceptance threshold moves, after CMA-MAE (Fontaine and Nikolaidis 2023): a solution
 * enters when its objective beats the threshold, and the threshold then moves towards it, {@code t
 * <- (1 - learningRate) t + learningRate f}. An empty cell's threshold is {@code thresholdMin}.
 * {@link #ELITIST} (rate 1, no minimum) is plain MAP-Elites: the threshold is the elite's
 * objective.
 *
 * @param learningRate the annealing rate alpha, in [0, 1]
 * @param thresholdMin the threshold of empty cells; negative infinity only with rate 1
 */
public record Thresholds(double learningRate, double thresholdMin) {
  /** MAP-Elites: a solution must beat the elite in its cell, any solution fills an empty one. */
  public static final Thresholds ELITIST = new Thresholds(1, Double.NEGATIVE_INFINITY);

  public Thresholds {
    if (!(learningRate >= 0 && learningRate <= 1)) {
      throw new IllegalArgumentException(
          "threshold learning rate must lie in [0, 1], got " + learningRate);
    }
    if (Double.isNaN(thresholdMin) || thresholdMin == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "threshold minimum must be a number or negative infinity, got " + thresholdMin);
    }
    if (thresholdMin == Double.NEGATIVE_INFINITY && learningRate != 1) {
      throw new IllegalArgumentException(
          "a threshold learning rate other than 1 needs a finite threshold minimum, got rate "
              + learningRate);
    }
  }

  /** Whether thresholds are the elites' objectives (no minimum), as in MAP-Elites and CMA-ME. */
  public boolean elitist() {
    return thresholdMin == Double.NEGATIVE_INFINITY;
  }
}
