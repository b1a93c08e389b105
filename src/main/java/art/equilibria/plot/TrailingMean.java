package art.equilibria.plot;

/** A trailing mean: each point is the mean of itself and the points before it in the window. */
final class TrailingMean {
  private TrailingMean() {}

  /** A window of about a fortieth of the run, at least 5 steps: readable early and late. */
  static int window(int points) {
    return Math.max(5, points / 40);
  }

  static double[] of(double[] values, int window) {
    double[] mean = new double[values.length];
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i];
      if (i >= window) {
        sum -= values[i - window];
      }
      mean[i] = sum / Math.min(i + 1, window);
    }
    return mean;
  }
}
