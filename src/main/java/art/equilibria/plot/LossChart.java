package art.equilibria.plot;

import art.equilibria.image.Images;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
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
            .yAxisTitle(plot.smoothed() ? "loss (line: trailing mean)" : "loss")
            .build();
    Styler styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setAntiAlias(true);
    chart.getStyler().setPlotGridLinesColor(new Color(0xe4e4e4));
    for (Series s : plot.series()) {
      if (s.steps().length == 0) {
        continue;
      }
      if (plot.smoothed()) {
        // The raw per-step values faint, the trailing mean over them in full colour.
        line(chart, s.name() + " (per step)", s.steps(), s.values(), faint(s.colour()), 1f);
        double[] mean = TrailingMean.of(s.values(), TrailingMean.window(s.values().length));
        line(chart, s.name(), s.steps(), mean, s.colour(), 2f);
      } else {
        line(chart, s.name(), s.steps(), s.values(), s.colour(), 1.5f);
      }
    }
    return chart;
  }

  private static void line(
      XYChart chart, String name, double[] x, double[] y, Color colour, float width) {
    XYSeries series = chart.addSeries(name, x, y);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(colour);
    series.setLineStyle(new BasicStroke(width));
  }

  private static Color faint(Color c) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), 90);
  }
}
