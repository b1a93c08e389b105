package art.equilibria.render.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format: twelve known 64x48 frames in, the same stream facts and pictures out. */
class FormatRoundTripTest {
  private static final int FRAMES = 12;
  private static final int FPS = 25;
  private static final Map<VideoFormat, String> STORED_CODEC =
      Map.of(
          VideoFormat.H264, "h264",
          VideoFormat.PRORES, "prores",
          VideoFormat.HAP, "hap",
          VideoFormat.FFV1, "ffv1",
          VideoFormat.VP9, "vp9",
          VideoFormat.PNG, "png");

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(VideoFormat.class)
  void framesComeBackWithTheFormatsCodecPixelsCountAndRate(VideoFormat format) throws IOException {
    Path output = dir.resolve(format.isFolder() ? "frames" : "video." + format.extension());
    try (VideoEncoder encoder =
        VideoEncoder.open(output, format, TestFrames.WIDTH, TestFrames.HEIGHT, FPS, 18)) {
      for (int i = 0; i < FRAMES; i++) {
        encoder.write(TestFrames.frame(i));
      }
      assertEquals(FRAMES, encoder.frames());
    }

    VideoProbe.Info info = VideoProbe.probe(output);
    assertEquals(STORED_CODEC.get(format), info.codec());
    assertEquals(format.pixelFormat(), info.pixelFormat());
    assertEquals(TestFrames.WIDTH, info.width());
    assertEquals(TestFrames.HEIGHT, info.height());
    assertEquals(FRAMES, info.frames());
    assertFalse(info.hasAudio());
    if (!format.isFolder()) {
      assertEquals(FPS, info.fps(), 1e-9);
      assertEquals(FRAMES / (double) FPS, info.seconds(), 0.05);
    }

    List<BufferedImage> decoded = VideoProbe.frames(output);
    assertEquals(FRAMES, decoded.size());
    for (int i = 0; i < FRAMES; i++) {
      BufferedImage expected = TestFrames.frame(i);
      if (format == VideoFormat.FFV1 || format == VideoFormat.PNG) {
        assertTrue(TestFrames.identical(expected, decoded.get(i)), "frame " + i + " not exact");
      } else {
        double error = TestFrames.meanError(expected, decoded.get(i));
        assertTrue(error < 4, format + " frame " + i + " is off by " + error + " on average");
      }
    }
  }

  @Test
  void pngFramesAreNumberedFilesFromZero() throws IOException {
    Path folder = dir.resolve("png");
    try (VideoEncoder encoder = VideoEncoder.open(folder, VideoFormat.PNG, 64, 48, FPS, 0)) {
      for (int i = 0; i < 3; i++) {
        encoder.write(TestFrames.frame(i));
      }
    }
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(
          List.of("frame-000000.png", "frame-000001.png", "frame-000002.png"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void proresIsTheHqProfile() throws IOException {
    Path output = dir.resolve("edit.mov");
    try (VideoEncoder encoder = VideoEncoder.open(output, VideoFormat.PRORES, 64, 48, FPS, 0)) {
      encoder.write(TestFrames.frame(0));
    }
    assertEquals("HQ", StreamFacts.profile(output));
  }
}
