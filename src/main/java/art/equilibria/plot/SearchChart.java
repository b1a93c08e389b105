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

/** A quality-diversity search's progress as a PNG: QD score (left axis) and coverage (right). */
public final class SearchChart {
  private SearchChart() {}

  /**
   * @param evaluations latents evaluated after each iteration
   * @param qdScores the archive's QD score after each iteration
   * @param coverages the share of cells filled after each iteration, 0 to 1
   */
  public static void writePng(
      String title, double[] evaluations, double[] qdScores, double[] coverages, OutputStream out)
      throws IOException {
    XYChart chart =
        new XYChartBuilder()
            .width(LossChart.WIDTH)
            .height(LossChart.HEIGHT)
            .title(title)
            .xAxisTitle("latents evaluated")
            .build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBorderVisible(false);
    chart.getStyler().setPlotGridLinesColor(new Color(0xe4e4e4));
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setAntiAlias(true);
    chart.getStyler().setYAxisMin(1, 0.0);
    chart.getStyler().setYAxisMax(1, 1.0);
    chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    chart.setYAxisGroupTitle(0, "QD score");
    chart.setYAxisGroupTitle(1, "coverage");
    double best = 0;
    for (double q : qdScores) {
      best = Math.max(best, q);
    }
    StepLabels.draw(chart, evaluations[evaluations.length - 1], 0, best);
    line(chart, "QD score", evaluations, qdScores, new Color(0x3b6fb6), 0);
    line(chart, "coverage", evaluations, coverages, new Color(0xd0702a), 1);
    Images.encodePng(BitmapEncoder.getBufferedImage(chart), out);
  }

  private static void line(
      XYChart chart, String name, double[] x, double[] y, Color colour, int axis) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(colour);
    s.setLineStyle(new BasicStroke(2f));
    s.setYAxisGroup(axis);
  }
}
