package art.equilibria.plot;

import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.XYStyler;

/**
 * Labels for a step axis that stay readable: about eight, on a round spacing (1, 2 or 5 times a
 * power of ten).
 */
final class StepLabels {
  private static final int LABELS = 8;

  private StepLabels() {}

  /**
   * Labels the x axis of {@code chart} from 0 to {@code last} in a band kept free below the values
   * (from {@code bottom} to {@code top}), instead of XChart's ticks: it ticks every whole number it
   * can fit when all x values are whole numbers, which crowds the axis of a long run.
   *
   * @return the span of the values, for placing other annotations
   */
  static double draw(XYChart chart, double last, double bottom, double top) {
    double span = top > bottom ? top - bottom : Math.max(1, Math.abs(top));
    XYStyler styler = chart.getStyler();
    styler.setXAxisTicksVisible(false);
    styler.setPlotGridVerticalLinesVisible(false);
    styler.setXAxisMin(0.0);
    styler.setXAxisMax(Math.max(1, last));
    styler.setYAxisMin(bottom - 0.12 * span);
    styler.setYAxisMax(top + 0.04 * span);
    double spacing = spacing(last);
    for (double x = 0; x <= last + 1e-9; x += spacing) {
      chart.addAnnotation(new AnnotationText(text(x), x, bottom - 0.08 * span, false));
    }
    return span;
  }

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
