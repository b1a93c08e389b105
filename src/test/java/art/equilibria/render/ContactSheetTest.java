package art.equilibria.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactSheetTest {

  /**
   * A white line every fourth column: a quarter-size thumbnail must average it to a dark grey (64),
   * where sampling finds all black or all white.
   */
  private static BufferedImage lines(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, x % 4 == 0 ? 0xffffff : 0x000000);
      }
    }
    return image;
  }

  @Test
  void thumbnailsAverageWhatTheyLeaveOutRatherThanAlias() {
    BufferedImage sheet = ContactSheet.of(List.of(lines(1280, 720)), List.of("seed 0"), 1);
    int width = ContactSheet.THUMBNAIL;
    int height = 180;
    for (int y = 20; y < height - 20; y += 7) {
      for (int x = 20; x < width - 20; x += 7) {
        int grey = sheet.getRGB(ContactSheet.MARGIN + x, ContactSheet.MARGIN + y) & 0xff;
        assertTrue(grey > 40 && grey < 90, "pixel " + x + "," + y + " is " + grey);
      }
    }
  }
}
