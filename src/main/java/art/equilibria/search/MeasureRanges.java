package art.equilibria.search;

import art.equilibria.measure.Measure;
import art.equilibria.qd.archive.Range;
import java.util.Arrays;

/**
 * Each measure's span in one search, fitted to what the generator makes: the 1st to 99th percentile
 * of a sample of its pictures, widened by a fifth on each side (so a search can go beyond the
 * typical) and kept within what the measure can take. Fitted, not the measure's whole theoretical
 * range, which most generators fill only a corner of.
 */
final class MeasureRanges {
  private static final double TAIL = 0.01;
  private static final double WIDEN = 0.2;

  private MeasureRanges() {}

  /** The span of column {@code j} of {@code values} for measure {@code m}. */
  static Range fit(Measure m, double[][] values, int j) {
    double[] column = Arrays.stream(values).mapToDouble(v -> v[j]).sorted().toArray();
    double low = column[(int) Math.floor(TAIL * (column.length - 1))];
    double high = column[(int) Math.ceil((1 - TAIL) * (column.length - 1))];
    double width = Math.max(high - low, 1e-6 * Math.max(1, Math.abs(high)));
    low = Math.max(m.about().min(), low - WIDEN * width);
    high = Math.min(m.about().max(), high + WIDEN * width);
    if (!(high > low)) {
      high = low + width;
    }
    return new Range(low, high);
  }
}
