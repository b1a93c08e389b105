package art.equilibria.render.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What gallery players need from the H.264 file of a normally finished render. */
class H264GalleryTest {
  private static final int FPS = 4;
  private static final int FRAMES = 24;

  @TempDir static Path dir;
  private static Path video;

  @BeforeAll
  static void render() throws IOException {
    video = dir.resolve("gallery.mp4");
    try (VideoEncoder encoder =
        VideoEncoder.open(video, VideoFormat.H264, TestFrames.WIDTH, TestFrames.HEIGHT, FPS, 20)) {
      for (int i = 0; i < FRAMES; i++) {
        encoder.write(TestFrames.frame(i));
      }
      encoder.close();
      assertTrue(encoder.warning().isEmpty(), () -> encoder.warning().get());
    }
  }

  @Test
  void indexComesBeforeTheMediaAfterClose() throws IOException {
    List<String> boxes = Mp4Boxes.topLevel(video);
    assertTrue(boxes.contains("moov"), boxes.toString());
    assertTrue(boxes.indexOf("moov") < boxes.indexOf("mdat"), boxes.toString());
    // Remuxed into one regular file: no fragments left.
    assertFalse(boxes.contains("moof"), boxes.toString());
  }

  @Test
  void highProfileAtAConstantExactRateWithoutAudio() throws IOException {
    assertEquals("High", StreamFacts.profile(video));
    try (FFmpegFrameGrabber grabber = VideoProbe.open(video, FrameGrabber.ImageMode.RAW)) {
      assertEquals(1, grabber.getFormatContext().nb_streams(), "only the video stream");
      AVStream stream = grabber.getFormatContext().streams(0);
      assertEquals(FPS, stream.avg_frame_rate().num());
      assertEquals(1, stream.avg_frame_rate().den());
      assertFalse(grabber.hasAudio());
    }
  }

  @Test
  void keyframeEveryTwoSecondsAndNowhereElse() throws IOException {
    List<Integer> keyframes = new ArrayList<>();
    try (FFmpegFrameGrabber grabber = VideoProbe.open(video, FrameGrabber.ImageMode.RAW)) {
      Frame frame;
      for (int i = 0; (frame = grabber.grabImage()) != null; i++) {
        if (frame.keyFrame) {
          keyframes.add(i);
        }
      }
    }
    assertEquals(List.of(0, 2 * FPS, 4 * FPS), keyframes);
  }
}
