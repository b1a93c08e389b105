package art.equilibria.render;

import art.equilibria.image.TileScaler;
import art.equilibria.piece.TileGrid;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The geometry of a frame: tiles in a grid with gaps of so many output pixels, the tiles scaled to
 * fit the output size and the whole centred on the background (letterboxing). Without an output
 * size the frame has the tiles' natural size, padded by a pixel where needed because video needs
 * even sizes.
 */
public final class Canvas {
  private final int columns;
  private final int rows;
  private final int width;
  private final int height;
  private final double scale;
  private final double left;
  private final double top;
  private final int tile;
  private final int gap;
  private final Color background;
  private final boolean smooth;
  private final TileScaler scaler = new TileScaler();

  /**
   * @param width output width, 0 for the natural size
   * @param height output height, 0 for the natural size
   * @param smooth bilinear scaling; nearest neighbour otherwise (crisp pixels)
   */
  public Canvas(
      int columns,
      int rows,
      int tile,
      int gap,
      Color background,
      int width,
      int height,
      boolean smooth) {
    this.columns = columns;
    this.rows = rows;
    this.tile = tile;
    this.gap = gap;
    this.background = background;
    TileGrid grid = new TileGrid(columns, rows, tile, gap);
    boolean natural = width == 0 || height == 0;
    this.width = natural ? even((int) grid.naturalWidth()) : width;
    this.height = natural ? even((int) grid.naturalHeight()) : height;
    this.scale = natural ? 1 : grid.scaleToFit(width, height);
    // Centred when letterboxed; at natural size the padding pixel goes right and bottom.
    this.left = natural ? 0 : (this.width - (columns * tile * scale + (columns - 1) * gap)) / 2;
    this.top = natural ? 0 : (this.height - (rows * tile * scale + (rows - 1) * gap)) / 2;
    this.smooth = smooth;
  }

  private static int even(int n) {
    return n + (n & 1);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** Left edge of the tile in column c, in output pixels (rounded down). */
  public int tileX(int c) {
    return (int) Math.floor(left + c * (tile * scale + gap));
  }

  public int tileY(int r) {
    return (int) Math.floor(top + r * (tile * scale + gap));
  }

  /**
   * Draws tiles, row by row (tiles.get(row).get(column)), into a new frame. Smooth scaling goes
   * through swscale, crisp pixels (nearest neighbour) and the natural size through Java2D.
   */
  public synchronized BufferedImage compose(List<List<BufferedImage>> tiles) {
    BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = frame.createGraphics();
    g.setColor(background);
    g.fillRect(0, 0, width, height);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int x = tileX(c);
        int y = tileY(r);
        int w = (int) Math.round(left + c * (tile * scale + gap) + tile * scale) - x;
        int h = (int) Math.round(top + r * (tile * scale + gap) + tile * scale) - y;
        BufferedImage picture = tiles.get(r).get(c);
        if (smooth && (w != picture.getWidth() || h != picture.getHeight())) {
          scaler.draw(picture, frame, x, y, w, h);
        } else {
          g.drawImage(picture, x, y, w, h, null);
        }
      }
    }
    g.dispose();
    return frame;
  }
}
