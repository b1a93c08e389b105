package art.equilibria.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.piece.Layout;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanvasTest {
  private static BufferedImage tile(Color c, int size) {
    BufferedImage t = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        t.setRGB(x, y, c.getRGB());
      }
    }
    return t;
  }

  @Test
  void naturalSizeIsTilesAndGapsPaddedToEven() {
    Canvas c = new Canvas(2, 1, 16, 3, Color.BLUE, 0, 0, false);
    assertEquals(36, c.width()); // 16 + 3 + 16 = 35, padded to even
    assertEquals(16, c.height());
    BufferedImage f = c.compose(List.of(List.of(tile(Color.RED, 16), tile(Color.GREEN, 16))));
    assertEquals(Color.RED.getRGB(), f.getRGB(15, 8));
    assertEquals(Color.BLUE.getRGB(), f.getRGB(17, 8)); // the gap
    assertEquals(Color.GREEN.getRGB(), f.getRGB(19, 8));
    assertEquals(Color.BLUE.getRGB(), f.getRGB(35, 8)); // padding
  }

  @Test
  void scalesToFitAndLetterboxes() {
    Canvas c = new Canvas(2, 1, 64, 8, Color.BLACK, 1920, 1080, false);
    assertEquals(1920, c.width());
    assertEquals(1080, c.height());
    BufferedImage f = c.compose(List.of(List.of(tile(Color.RED, 64), tile(Color.GREEN, 64))));
    // Tiles of 64 scaled by (1920 - 8) / 128 are 956 high: bars of 62 px above and below.
    assertEquals(Color.BLACK.getRGB(), f.getRGB(960, 40));
    assertEquals(Color.BLACK.getRGB(), f.getRGB(960, 1040));
    assertEquals(Color.RED.getRGB(), f.getRGB(400, 540));
    assertEquals(Color.GREEN.getRGB(), f.getRGB(1500, 540));
    assertEquals(Color.BLACK.getRGB(), f.getRGB(960, 540)); // the gap
  }

  @Test
  void theGapIsInOutputPixelsWhateverSizeTheTilesTrainedAt() {
    for (int tile : new int[] {16, 64, 256}) {
      Canvas c = new Canvas(2, 1, tile, 8, Color.BLACK, 1280, 720, false);
      BufferedImage f = c.compose(List.of(List.of(tile(Color.RED, tile), tile(Color.GREEN, tile))));
      int y = 360;
      int gap = 0;
      for (int x = 0; x < 1280; x++) {
        if (f.getRGB(x, y) == Color.BLACK.getRGB()
            && x > 0
            && x < 1279
            && f.getRGB(x - 1, y) != Color.BLACK.getRGB()) {
          while (f.getRGB(x + gap, y) == Color.BLACK.getRGB()) {
            gap++;
          }
          break;
        }
      }
      assertEquals(8, gap, "gap between tiles trained at " + tile + " px");
      assertEquals(Color.RED.getRGB(), f.getRGB(2, y), "tiles fill the width at " + tile + " px");
    }
  }

  /** A smooth picture: a colour gradient, as generators make. */
  private static BufferedImage gradient(int size) {
    BufferedImage t = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        t.setRGB(x, y, new Color(x * 255 / size, y * 255 / size, (x + y) * 127 / size).getRGB());
      }
    }
    return t;
  }

  @Test
  void smoothScalingLooksLikeJava2dBilinearAndStaysInsideItsTile() {
    Canvas c = new Canvas(2, 1, 64, 8, Color.BLACK, 1920, 1080, true);
    BufferedImage a = gradient(64);
    BufferedImage f = c.compose(List.of(List.of(a, tile(Color.GREEN, 64))));
    // The left tile as Java2D draws it, bilinear, at the same place and size.
    int x = c.tileX(0);
    int y = c.tileY(0);
    int w = c.tileX(1) - x - 8;
    BufferedImage reference = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = reference.createGraphics();
    g.setRenderingHint(
        java.awt.RenderingHints.KEY_INTERPOLATION,
        java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(a, x, y, w, w, null);
    g.dispose();
    for (int shift : new int[] {16, 8, 0}) {
      double difference = 0;
      int worst = 0;
      for (int py = y + 1; py < y + w - 1; py++) {
        for (int px = x + 1; px < x + w - 1; px++) {
          int d =
              Math.abs(
                  (f.getRGB(px, py) >> shift & 255) - (reference.getRGB(px, py) >> shift & 255));
          difference += d;
          worst = Math.max(worst, d);
        }
      }
      difference /= (double) (w - 2) * (w - 2);
      String channel = shift == 16 ? "red" : shift == 8 ? "green" : "blue";
      assertTrue(difference < 1.0, "mean " + channel + " difference " + difference);
      assertTrue(worst <= 4, "largest " + channel + " difference " + worst);
    }
    assertEquals(Color.BLACK.getRGB(), f.getRGB(x + w + 1, y + 100)); // right of the tile
    assertEquals(Color.BLACK.getRGB(), f.getRGB(x + 100, y - 1)); // above it
    assertEquals(Color.BLACK.getRGB(), f.getRGB(960, 540)); // the gap
    assertEquals(Color.GREEN.getRGB(), f.getRGB(1500, 540)); // a flat tile stays flat
  }

  @Test
  void stackedAndGridGeometry() {
    assertEquals(1, Layout.STACKED.columns(1, 2));
    assertEquals(2, Layout.STACKED.rows(1, 2));
    assertEquals(2, Layout.GRID.columns(3, 2));
    assertEquals(3, Layout.GRID.rows(3, 2));
    assertEquals(1, Layout.SINGLE.columns(1, 2));
    assertEquals(1, Layout.SIDE_BY_SIDE.paths(5));
  }
}
