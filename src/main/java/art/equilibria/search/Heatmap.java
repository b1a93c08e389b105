package art.equilibria.search;

import art.equilibria.image.TileScaler;
import art.equilibria.qd.archive.Range;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/**
 * An archive as a picture: one cell per archive cell, the first measure growing to the right and
 * the second upwards, each occupied cell showing its elite (every generator's picture of the same
 * latent, side by side), empty cells dark.
 */
final class Heatmap {
  private static final Color BACKGROUND = new Color(17, 17, 17);
  private static final Color EMPTY = new Color(34, 34, 34);
  private static final Color TEXT = new Color(200, 200, 200);
  private static final int MARGIN = 48;
  private static final int GAP = 2;

  /** Widest the grid of thumbnails is drawn, in pixels. */
  private static final int MOST_WIDTH = 1800;

  private Heatmap() {}

  /**
   * @param columns cells along the first measure
   * @param rows cells along the second (1 for a search of one measure)
   * @param elites each occupied cell's pictures, one per generator, by cell index (row-major over
   *     the measures: the first measure's index varies slowest, as the grid archive numbers cells)
   */
  static BufferedImage draw(
      int columns,
      int rows,
      Map<Integer, List<BufferedImage>> elites,
      List<String> measures,
      List<Range> ranges) {
    int generators = elites.values().stream().mapToInt(List::size).max().orElse(1);
    int tile = Math.max(8, Math.min(96, (MOST_WIDTH / columns - GAP) / generators));
    int cellWidth = tile * generators + GAP;
    int cellHeight = tile + GAP;
    BufferedImage map =
        new BufferedImage(
            2 * MARGIN + columns * cellWidth,
            2 * MARGIN + rows * cellHeight,
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = map.createGraphics();
    g.setColor(BACKGROUND);
    g.fillRect(0, 0, map.getWidth(), map.getHeight());
    TileScaler scaler = new TileScaler();
    for (int c = 0; c < columns; c++) {
      for (int r = 0; r < rows; r++) {
        int x = MARGIN + c * cellWidth;
        int y = MARGIN + (rows - 1 - r) * cellHeight;
        List<BufferedImage> pictures = elites.get(c * rows + r);
        if (pictures == null) {
          g.setColor(EMPTY);
          g.fillRect(x, y, cellWidth - GAP, tile);
          continue;
        }
        for (int i = 0; i < pictures.size(); i++) {
          scaler.draw(pictures.get(i), map, x + i * tile, y, tile, tile);
        }
      }
    }
    label(g, map, measures, ranges, rows);
    g.dispose();
    return map;
  }

  /**
   * A centroidal archive as a picture: each cell drawn where its centroid lies in the measure box
   * (the first measure to the right, the second upwards), occupied cells showing their elite.
   *
   * @param centroids one row of measures per cell
   */
  static BufferedImage draw(
      double[][] centroids,
      Map<Integer, List<BufferedImage>> elites,
      List<String> measures,
      List<Range> ranges) {
    int generators = elites.values().stream().mapToInt(List::size).max().orElse(1);
    boolean plane = ranges.size() > 1;
    int across = Math.min(MOST_WIDTH, 1400);
    int perSide = (int) Math.ceil(plane ? Math.sqrt(centroids.length) : centroids.length);
    // Centroids lie closer than a grid's cells here and there: tiles a little smaller than a
    // grid's keep most neighbours apart.
    int tile = Math.max(8, Math.min(96, across * 4 / 5 / perSide / generators));
    int width = tile * generators;
    int high = plane ? across * 9 / 16 : tile;
    BufferedImage map =
        new BufferedImage(
            2 * MARGIN + across + width, 2 * MARGIN + high + tile, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = map.createGraphics();
    g.setColor(BACKGROUND);
    g.fillRect(0, 0, map.getWidth(), map.getHeight());
    TileScaler scaler = new TileScaler();
    // Empty cells first, so an elite drawn near one is never covered by it.
    for (int pass = 0; pass < 2; pass++) {
      for (int c = 0; c < centroids.length; c++) {
        List<BufferedImage> pictures = elites.get(c);
        if ((pass == 0) != (pictures == null)) {
          continue;
        }
        double u = (centroids[c][0] - ranges.get(0).low()) / ranges.get(0).width();
        double v = plane ? (centroids[c][1] - ranges.get(1).low()) / ranges.get(1).width() : 0;
        int x = MARGIN + (int) Math.round(u * across);
        int y = MARGIN + (int) Math.round((1 - v) * high);
        if (pictures == null) {
          g.setColor(EMPTY);
          g.fillRect(x, y, width - GAP, tile - GAP);
          continue;
        }
        for (int i = 0; i < pictures.size(); i++) {
          scaler.draw(pictures.get(i), map, x + i * tile, y, tile - GAP, tile - GAP);
        }
      }
    }
    label(g, map, measures, ranges, plane ? 2 : 1);
    g.dispose();
    return map;
  }

  private static void label(
      Graphics2D g, BufferedImage map, List<String> measures, List<Range> ranges, int rows) {
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    g.setColor(TEXT);
    FontMetrics fm = g.getFontMetrics();
    int bottom = map.getHeight() - MARGIN;
    int right = map.getWidth() - MARGIN;
    String across = measures.get(0) + " →";
    g.drawString(across, (map.getWidth() - fm.stringWidth(across)) / 2, bottom + 30);
    g.drawString(number(ranges.get(0).low()), MARGIN, bottom + 18);
    String high = number(ranges.get(0).high());
    g.drawString(high, right - fm.stringWidth(high), bottom + 18);
    if (rows > 1) {
      String up = measures.get(1) + " →";
      AffineTransform before = g.getTransform();
      g.rotate(-Math.PI / 2);
      g.drawString(up, -(map.getHeight() + fm.stringWidth(up)) / 2, MARGIN - 28);
      g.drawString(number(ranges.get(1).low()), -bottom, MARGIN - 10);
      String top = number(ranges.get(1).high());
      g.drawString(top, -MARGIN - fm.stringWidth(top), MARGIN - 10);
      g.setTransform(before);
    }
  }

  private static String number(double v) {
    return Math.abs(v) >= 100 ? String.format("%.0f", v) : String.format("%.3g", v);
  }
}
