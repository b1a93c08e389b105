package art.equilibria.render.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Frames with known, smooth content (lossy codecs keep gradients close) that differ per index. */
final class TestFrames {
  static final int WIDTH = 64;
  static final int HEIGHT = 48;

  private TestFrames() {}

  static BufferedImage frame(int index) {
    return frame(index, WIDTH, HEIGHT);
  }

  static BufferedImage frame(int index, int width, int height) {
    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] rgb = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int r = (index * 37) % 200 + 20;
        int g = 30 + x * 180 / width;
        int b = 40 + y * 160 / height;
        rgb[y * width + x] = r << 16 | g << 8 | b;
      }
    }
    return picture;
  }

  /** Mean absolute difference per channel value, 0-255. */
  static double meanError(BufferedImage a, BufferedImage b) {
    return art.equilibria.image.Images.meanDifference(a, b);
  }

  /** True when both pictures hold exactly the same RGB values. */
  static boolean identical(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return false;
    }
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if ((a.getRGB(x, y) & 0xffffff) != (b.getRGB(x, y) & 0xffffff)) {
          return false;
        }
      }
    }
    return true;
  }
}
