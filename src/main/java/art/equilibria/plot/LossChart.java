package art.equilibria.plot;

import art.equilibria.image.Images;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws a {@link Plot} as a PNG with XChart. */
public final class LossChart {
  public static final int WIDTH = 900;
  public static final int HEIGHT = 420;

  private LossChart() {}

  public static void writePng(Plot plot, OutputStream out) throws IOException {
    Images.encodePng(BitmapEncoder.getBufferedImage(chart(plot)), out);
  }

  static XYChart chart(Plot plot) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(plot.title())
            .xAxisTitle("step")
            .yAxisTitle(plot.smoothed() ? "loss (faint: per step; line: trailing mean)" : "loss")
            .build();
    XYStyler styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setAntiAlias(true);
    chart.getStyler().setPlotGridLinesColor(new Color(0xe4e4e4));
    styler.setAnnotationLineColor(new Color(0x9a9a9a));
    styler.setAnnotationLineStroke(
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    styler.setAnnotationTextFontColor(new Color(0x707070));
    for (Series s : plot.series()) {
      if (s.steps().length == 0) {
        continue;
      }
      if (plot.smoothed()) {
        // The raw per-step values faint, the trailing mean over them in full colour.
        line(chart, s.name() + " (per step)", s.steps(), s.values(), faint(s.colour()), 1f)
            .setShowInLegend(false);
        double[] mean = TrailingMean.of(s.values(), TrailingMean.window(s.values().length));
        line(chart, s.name(), s.steps(), mean, s.colour(), 2f);
      } else {
        line(chart, s.name(), s.steps(), s.values(), s.colour(), 1.5f);
      }
    }
    markSteps(chart, plot);
    return chart;
  }

  private static double lastStep(Plot plot) {
    double last = 0;
    for (Series s : plot.series()) {
      for (double step : s.steps()) {
        last = Math.max(last, step);
      }
    }
    return last;
  }

  /**
   * Step labels at round steps along the bottom ({@link StepLabels}), and a dashed line where each
   * stage begins, labelled with its resolution near the top.
   */
  private static void markSteps(XYChart chart, Plot plot) {
    double top = Double.NEGATIVE_INFINITY;
    double bottom = Double.POSITIVE_INFINITY;
    double last = lastStep(plot);
    for (Series s : plot.series()) {
      for (double v : s.values()) {
        if (Double.isFinite(v)) {
          top = Math.max(top, v);
          bottom = Math.min(bottom, v);
        }
      }
    }
    if (!(top >= bottom)) {
      return;
    }
    double span = StepLabels.draw(chart, last, bottom, top);
    double labelAt = top - 0.03 * span;
    for (Plot.StageStart stage : plot.stages()) {
      chart.addAnnotation(new AnnotationLine(stage.step(), true, false));
      chart.addAnnotation(
          new AnnotationText(
              stage.resolution() + " px", stage.step() + 0.025 * last, labelAt, false));
    }
  }

  private static XYSeries line(
      XYChart chart, String name, double[] x, double[] y, Color colour, float width) {
    XYSeries series = chart.addSeries(name, x, y);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(colour);
    series.setLineStyle(new BasicStroke(width));
    return series;
  }

  private static Color faint(Color c) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), 90);
  }
}
