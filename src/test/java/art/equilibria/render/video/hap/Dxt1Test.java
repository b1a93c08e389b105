package art.equilibria.render.video.hap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Dxt1Test {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void aFlatBlockOfAnRgb565ColourIsThatColourAtBothEndsWithIndexZero() {
    int[] red = new int[16];
    Arrays.fill(red, 0xFF0000);
    // Red 31, green 0, blue 0 is 0xF800 at both ends (little-endian), every pixel on end 0.
    assertEquals("00f800f800000000", hex(compress(red, 4, 4)));
  }

  @Test
  void aTwoColourBlockHasThemAsEndsAndEachPixelOnItsOwn() {
    // Left two columns black, right two white.
    int[] block = new int[16];
    for (int i = 0; i < 16; i++) {
      block[i] = i % 4 < 2 ? 0x000000 : 0xFFFFFF;
    }
    // White 0xFFFF first (the larger end: 4-colour mode), black 0x0000; each row's indices are
    // pixels 0 and 1 on end 1 (binary 01 in the lowest bits each) and 2 and 3 on end 0: 0x05.
    assertEquals("ffff000005050505", hex(compress(block, 4, 4)));
  }

  @Test
  void twoColoursWhoseChannelsMoveOppositeWaysKeepTheirAxis() {
    // Green left, red right: red falls where green rises, which a box diagonal would miss.
    int[] block = new int[16];
    for (int i = 0; i < 16; i++) {
      block[i] = i % 4 < 2 ? 0x00FF00 : 0xFF0000;
    }
    // Red 0xF800 first (the larger end), green 0x07E0; green pixels on end 1, red on end 0.
    assertEquals("00f8e00705050505", hex(compress(block, 4, 4)));
  }

  @Test
  void everyFlatGreyDecodesWithinOneLevelAndMostExactly() {
    int exact = 0;
    for (int level = 0; level < 256; level++) {
      int[] flat = new int[16];
      Arrays.fill(flat, level * 0x010101);
      int[] decoded = decode(compress(flat, 4, 4), 4, 4);
      for (int pixel : decoded) {
        for (int shift = 0; shift <= 16; shift += 8) {
          int error = Math.abs((pixel >> shift & 255) - level);
          assertTrue(error <= 1, "level " + level + " decodes off by " + error);
        }
      }
      if (decoded[0] == level * 0x010101) {
        exact++;
      }
    }
    // Thirds of 5-bit ends reach 144 of the 256 levels; of 6-bit ends, 249.
    assertEquals(142, exact, "greys exact in all three channels");
  }

  @Test
  void blocksAreStoredRowByRowFromTheTopLeft() {
    int[] colours = {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF};
    int[] picture = new int[8 * 8];
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 8; x++) {
        picture[y * 8 + x] = colours[(y / 4) * 2 + x / 4];
      }
    }
    byte[] texture = compress(picture, 8, 8);
    for (int b = 0; b < 4; b++) {
      int[] flat = new int[16];
      Arrays.fill(flat, colours[b]);
      assertArrayEquals(
          compress(flat, 4, 4), Arrays.copyOfRange(texture, b * 8, b * 8 + 8), "block " + b);
    }
  }

  @Test
  void aPictureOfNoWholeBlocksIsPaddedWithItsLastColumnAndRow() {
    int width = 6;
    int height = 5;
    int[] picture = noise(width * height, 1);
    int[] padded = new int[8 * 8];
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 8; x++) {
        padded[y * 8 + x] = picture[Math.min(y, height - 1) * width + Math.min(x, width - 1)];
      }
    }
    assertEquals(2 * 2 * 8, Dxt1.textureBytes(width, height));
    assertArrayEquals(compress(padded, 8, 8), compress(picture, width, height));
  }

  /**
   * Measured: a gradient along one axis (every block's colours on a line) comes back off by 1.40
   * levels on average and 4 at most; one across both axes (colours on a plane, which two ends
   * cannot span) by 2.07 and 9.
   */
  @ParameterizedTest
  @CsvSource({"false, 1.5, 4", "true, 2.1, 9"})
  void smoothGradientsDecodeCloseToThemselves(boolean acrossBoth, double mean, int largest) {
    int width = 64;
    int height = 48;
    int[] picture = new int[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        picture[y * width + x] =
            acrossBoth
                ? (20 + x * 3) << 16 | (200 - y * 3) << 8 | (x + y) * 2
                : (20 + x * 3) << 16 | (30 + x * 2) << 8 | (200 - x * 2);
      }
    }
    int[] decoded = decode(compress(picture, width, height), width, height);
    long sum = 0;
    int worst = 0;
    for (int i = 0; i < picture.length; i++) {
      for (int shift = 0; shift <= 16; shift += 8) {
        int error = Math.abs((picture[i] >> shift & 255) - (decoded[i] >> shift & 255));
        sum += error;
        worst = Math.max(worst, error);
      }
    }
    double average = sum / (3.0 * picture.length);
    assertTrue(average < mean, "mean error " + average);
    assertTrue(worst <= largest, "largest error " + worst);
  }

  private static byte[] compress(int[] rgb, int width, int height) {
    byte[] texture = new byte[Dxt1.textureBytes(width, height)];
    Dxt1.compress(rgb, width, height, texture, 0, Dxt1.blocksDown(height));
    return texture;
  }

  private static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  private static int[] noise(int pixels, long seed) {
    Random random = new Random(seed);
    int[] rgb = new int[pixels];
    for (int i = 0; i < pixels; i++) {
      rgb[i] = random.nextInt(1 << 24);
    }
    return rgb;
  }

  /**
   * A texture back to pixels as the OpenGL S3TC extension defines DXT1 (ends expanded to 8 bits
   * with rounding, thirds truncated as FFmpeg does), the picture's part of it only.
   */
  static int[] decode(byte[] texture, int width, int height) {
    int across = Dxt1.blocksAcross(width);
    int[] rgb = new int[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int at = ((y / 4) * across + x / 4) * 8;
        int c0 = (texture[at] & 255) | (texture[at + 1] & 255) << 8;
        int c1 = (texture[at + 2] & 255) | (texture[at + 3] & 255) << 8;
        int codes =
            (texture[at + 4] & 255)
                | (texture[at + 5] & 255) << 8
                | (texture[at + 6] & 255) << 16
                | (texture[at + 7] & 255) << 24;
        int index = codes >>> 2 * ((y % 4) * 4 + x % 4) & 3;
        assertTrue(c0 > c1 || index == 0, "3-colour mode block at " + x + "," + y);
        int[] a = expand(c0);
        int[] b = expand(c1);
        int pixel = 0;
        for (int ch = 0; ch < 3; ch++) {
          int value =
              switch (index) {
                case 0 -> a[ch];
                case 1 -> b[ch];
                case 2 -> (2 * a[ch] + b[ch]) / 3;
                default -> (a[ch] + 2 * b[ch]) / 3;
              };
          pixel = pixel << 8 | value;
        }
        rgb[y * width + x] = pixel;
      }
    }
    return rgb;
  }

  private static int[] expand(int c) {
    return new int[] {
      Math.round((c >> 11) * 255 / 31f),
      Math.round((c >> 5 & 63) * 255 / 63f),
      Math.round((c & 31) * 255 / 31f)
    };
  }
}
