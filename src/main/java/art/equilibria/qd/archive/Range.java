package art.equilibria.qd.archive;

/**
 * The span of one measure covered by an archive, ends included; values outside it count as the
 * nearest end.
 */
public record Range(double low, double high) {
  public Range {
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException(
          "measure range must be finite, got [" + low + ", " + high + "]");
    }
    if (low >= high) {
      throw new IllegalArgumentException(
          "measure range low must be below high, got [" + low + ", " + high + "]");
    }
  }

  public double width() {
    return high - low;
  }
}
