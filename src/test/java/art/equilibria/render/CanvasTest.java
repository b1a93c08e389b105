package art.equilibria.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    // 136 x 64 scaled by 1920/136 is 1920 x 903.5: bars of about 88 px above and below.
    assertEquals(Color.BLACK.getRGB(), f.getRGB(960, 40));
    assertEquals(Color.BLACK.getRGB(), f.getRGB(960, 1040));
    assertEquals(Color.RED.getRGB(), f.getRGB(400, 540));
    assertEquals(Color.GREEN.getRGB(), f.getRGB(1500, 540));
    assertEquals(Color.BLACK.getRGB(), f.getRGB(960, 540)); // the gap, scaled
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
