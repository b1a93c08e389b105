package art.equilibria.plot;

import java.util.Locale;

/**
 * Labels for a step axis that stay readable: about eight, on a round spacing (1, 2 or 5 times a
 * power of ten).
 */
final class StepLabels {
  private static final int LABELS = 8;

  private StepLabels() {}

  /** A step as its label reads: 12,000. */
  static String text(double step) {
    return String.format(Locale.ROOT, "%,d", Math.round(step));
  }

  /** The round spacing that gives at most about {@link #LABELS} labels. */
  static double spacing(double last) {
    double raw = Math.max(1, last / LABELS);
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }
}
