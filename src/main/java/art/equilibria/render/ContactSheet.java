package art.equilibria.render;

import art.equilibria.image.TileScaler;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** Stills in a grid, each labelled, so an artist can pick keyframes by eye. */
public final class ContactSheet {
  private static final int LABEL = 20;
  static final int MARGIN = 8;

  /** Width of each still on the sheet: small enough to see many at once, big enough to judge. */
  public static final int THUMBNAIL = 320;

  private ContactSheet() {}

  public static BufferedImage of(List<BufferedImage> stills, List<String> labels, int columns) {
    int w = Math.min(THUMBNAIL, stills.get(0).getWidth());
    int h = (int) Math.round((double) stills.get(0).getHeight() * w / stills.get(0).getWidth());
    int rows = (stills.size() + columns - 1) / columns;
    int cellW = w + MARGIN;
    int cellH = h + LABEL + MARGIN;
    BufferedImage sheet =
        new BufferedImage(
            columns * cellW + MARGIN, rows * cellH + MARGIN, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    g.setColor(new Color(24, 24, 24));
    g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    g.setColor(Color.WHITE);
    // swscale's filter averages what a thumbnail leaves out; Java2D's bilinear skips it (aliasing).
    TileScaler scaler = new TileScaler();
    for (int i = 0; i < stills.size(); i++) {
      int x = MARGIN + (i % columns) * cellW;
      int y = MARGIN + (i / columns) * cellH;
      scaler.draw(stills.get(i), sheet, x, y, w, h);
      g.drawString(labels.get(i), x, y + h + LABEL - 5);
    }
    g.dispose();
    return sheet;
  }
}
