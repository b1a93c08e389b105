package art.equilibria.render.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HAP written by Equilibria and decoded by the bundled FFmpeg's own HAP decoder. */
class HapRoundTripTest {
  private static final int FRAMES = 5;
  private static final int FPS = 30;

  @TempDir Path dir;

  /**
   * Sizes of whole 4x4 blocks, of none (70x38), and odd (69x37): padded, then cropped back.
   * Measured: 1.8 to 2.8 levels off on average (the gradient runs across both axes, which DXT1's
   * two ends a block cannot span), up to 46 where a block holds the shapes' edges and the gradient
   * (three colours, of which DXT1 keeps a line through two).
   */
  @ParameterizedTest
  @CsvSource({"64, 48", "70, 38", "69, 37"})
  void ffmpegDecodesThePicturesAtTheirSizeCountAndRateCloseToWhatWasWritten(int width, int height)
      throws IOException {
    Path video = dir.resolve("hap.mov");
    try (VideoEncoder encoder = VideoEncoder.open(video, VideoFormat.HAP, width, height, FPS, 0)) {
      for (int i = 0; i < FRAMES; i++) {
        encoder.write(picture(i, width, height));
      }
    }

    VideoProbe.Info info = VideoProbe.probe(video);
    assertEquals("hap", info.codec());
    assertEquals("Hap1", StreamFacts.codecTag(video));
    assertEquals(width, info.width());
    assertEquals(height, info.height());
    assertEquals(FRAMES, info.frames());
    assertEquals(FPS, info.fps(), 1e-9);
    assertEquals(FRAMES / (double) FPS, info.seconds(), 0.01);

    List<BufferedImage> decoded = VideoProbe.frames(video);
    assertEquals(FRAMES, decoded.size());
    for (int i = 0; i < FRAMES; i++) {
      BufferedImage expected = picture(i, width, height);
      double mean = TestFrames.meanError(expected, decoded.get(i));
      int largest = largestError(expected, decoded.get(i));
      assertTrue(mean < 3, "frame " + i + " is off by " + mean + " on average");
      assertTrue(largest < 64, "frame " + i + " is off by up to " + largest);
    }
  }

  /** A smooth gradient with hard-edged shapes on it, different in every frame. */
  static BufferedImage picture(int index, int width, int height) {
    BufferedImage picture = TestFrames.frame(index, width, height);
    Graphics2D g = picture.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(240, 200, 30));
    g.fillOval(5 + index * 3, 4, width / 3, height / 2);
    g.setColor(new Color(20, 30, 160));
    g.fillRect(width / 2, height / 2 + 1, width / 3, height / 3);
    g.dispose();
    return picture;
  }

  private static int largestError(BufferedImage a, BufferedImage b) {
    int largest = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          largest = Math.max(largest, Math.abs((p >> shift & 255) - (q >> shift & 255)));
        }
      }
    }
    return largest;
  }
}
