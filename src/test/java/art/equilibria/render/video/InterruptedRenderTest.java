package art.equilibria.render.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A render killed with kill -9 (no close, no shutdown hook) still leaves a playable video. */
class InterruptedRenderTest {
  private static final int FPS = 4;
  private static final int GOP = 2 * FPS;
  private static final int WRITTEN = 40;

  @TempDir Path dir;

  @Test
  void killedRenderDecodesUpToItsLastFragment() throws Exception {
    Path video = dir.resolve("killed.mp4");
    killAfterWriting(video, "h264");

    // Never closed, so never remuxed: still the fragmented file, index first.
    List<String> boxes = Mp4Boxes.topLevel(video);
    assertEquals("moov", boxes.get(1), boxes.toString());
    assertTrue(boxes.contains("moof"), "no complete fragment in " + boxes);

    List<BufferedImage> decoded = VideoProbe.frames(video);
    int kept = decoded.size();
    assertTrue(kept >= GOP && kept < WRITTEN, kept + " frames decoded");
    assertEquals(0, kept % GOP, "whole fragments only, got " + kept + " frames");
    assertFramesMatch(decoded, 4);
    assertEquals(kept, VideoProbe.probe(video).frames());
  }

  /** ProRes and HAP in fragmented QuickTime, FFV1 and VP9 in Matroska clusters of a second. */
  @ParameterizedTest
  @CsvSource({"prores, mov, 4", "hap, mov, 4", "ffv1, mkv, 1", "vp9, webm, 12"})
  void killedRendersOfEveryFormatKeepTheirFramesUpToTheLastSecond(
      String format, String extension, double tolerance) throws Exception {
    Path video = dir.resolve("killed." + extension);
    killAfterWriting(video, format);

    List<BufferedImage> decoded = VideoProbe.frames(video);
    int kept = decoded.size();
    // VP9 holds frames back to look ahead, so it may have finished fewer than it was given.
    assertTrue(kept >= FPS && kept <= WRITTEN, kept + " frames decoded from " + format);
    assertFramesMatch(decoded, tolerance);
  }

  private void killAfterWriting(Path video, String format) throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                AbandonedRender.class.getName(),
                video.toString(),
                Integer.toString(WRITTEN),
                Integer.toString(FPS),
                format)
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      StringBuilder said = new StringBuilder();
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("written ")) {
        said.append(line).append('\n');
      }
      assertEquals("written " + WRITTEN, line, "the child render said:\n" + said);
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(10, TimeUnit.SECONDS));
    }
  }

  private static void assertFramesMatch(List<BufferedImage> decoded, double tolerance) {
    for (int i = 0; i < decoded.size(); i++) {
      double error = TestFrames.meanError(TestFrames.frame(i), decoded.get(i));
      assertTrue(error < tolerance, "frame " + i + " is off by " + error);
    }
  }
}
