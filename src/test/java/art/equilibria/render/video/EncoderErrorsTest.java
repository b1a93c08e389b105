package art.equilibria.render.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes get a message that names the problem and what to do; nothing falls back silently. */
class EncoderErrorsTest {
  @TempDir Path dir;

  @Test
  void unwritableOutputNamesThePathAndWhatToDo() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    Path output = file.resolve("video.mp4");
    IOException e =
        assertThrows(
            IOException.class, () -> VideoEncoder.open(output, VideoFormat.H264, 64, 48, 25, 18));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("choose another output path"), e.getMessage());
  }

  @Test
  void folderGivenAsVideoFileIsRefused() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("clip.mp4"));
    IOException e =
        assertThrows(
            IOException.class, () -> VideoEncoder.open(folder, VideoFormat.H264, 64, 48, 25, 18));
    assertTrue(e.getMessage().contains("it is a folder"), e.getMessage());
  }

  @Test
  void framesOfAnotherSizeAreRejected() throws IOException {
    Path output = dir.resolve("size.mkv");
    try (VideoEncoder encoder = VideoEncoder.open(output, VideoFormat.FFV1, 64, 48, 25, 0)) {
      encoder.write(TestFrames.frame(0));
      BufferedImage small = TestFrames.frame(1, 32, 48);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> encoder.write(small));
      assertTrue(e.getMessage().contains("32x48"), e.getMessage());
      assertTrue(e.getMessage().contains("64x48"), e.getMessage());
      assertEquals(1, encoder.frames());
    }
    assertEquals(1, VideoProbe.probe(output).frames());
  }

  @Test
  void oddSizeForH264AsksForAnEvenOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> VideoEncoder.open(dir.resolve("odd.mp4"), VideoFormat.H264, 65, 48, 25, 18));
    assertTrue(e.getMessage().contains("even width and height"), e.getMessage());
    assertTrue(e.getMessage().contains("66x48"), e.getMessage());
    assertTrue(Files.notExists(dir.resolve("odd.mp4")));
  }

  @Test
  void oddSizeIsRefusedForFfmpegsEncodersRatherThanRescaled() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> VideoEncoder.open(dir.resolve("odd.mkv"), VideoFormat.FFV1, 64, 47, 25, 0));
    assertTrue(e.getMessage().contains("64x48"), e.getMessage());
  }

  @Test
  void crfOutsideTheEncodersRangeIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> VideoEncoder.open(dir.resolve("q.mp4"), VideoFormat.H264, 64, 48, 25, 60));
    assertTrue(e.getMessage().contains("1-51"), e.getMessage());
    IllegalArgumentException lossless =
        assertThrows(
            IllegalArgumentException.class,
            () -> VideoEncoder.open(dir.resolve("q.mp4"), VideoFormat.H264, 64, 48, 25, 0));
    assertTrue(lossless.getMessage().contains("crf 0 is outside 1-51"), lossless.getMessage());
  }

  @Test
  void oldPngFramesAreNotMixedWithNewOnes() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("frames"));
    Files.writeString(folder.resolve("frame-000007.png"), "old");
    IOException e =
        assertThrows(
            IOException.class, () -> VideoEncoder.open(folder, VideoFormat.PNG, 64, 48, 25, 0));
    assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
  }

  @Test
  void silentFallbackToAnotherEncoderIsCaught() throws IOException {
    // What an LGPL FFmpeg does with libx264: the name is not found and JavaCV takes mpeg4.
    Path output = dir.resolve("fallback.mp4");
    FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(output.toString(), 64, 48, 0);
    recorder.setFormat("mp4");
    recorder.setVideoCodecName("no-such-encoder");
    recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
    recorder.start();
    try {
      IOException e =
          assertThrows(
              IOException.class, () -> EncoderCheck.verifyStarted(recorder, "libx264", "yuv420p"));
      assertTrue(
          e.getMessage().startsWith("asked for libx264 but FFmpeg used mpeg4;"), e.getMessage());
    } finally {
      recorder.release();
    }
  }

  @Test
  void missingEncoderIsNamed() {
    IOException e =
        assertThrows(IOException.class, () -> EncoderCheck.requireEncoder("no-such-encoder"));
    assertTrue(e.getMessage().contains("linux-x86_64-gpl"), e.getMessage());
  }

  @Test
  void closeIsIdempotentAndSafeFromTwoThreads() throws Exception {
    Path output = dir.resolve("twice.mp4");
    VideoEncoder encoder = VideoEncoder.open(output, VideoFormat.H264, 64, 48, 25, 23);
    for (int i = 0; i < 5; i++) {
      encoder.write(TestFrames.frame(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      Future<?> a = pool.submit(() -> closeAfter(go, encoder));
      Future<?> b = pool.submit(() -> closeAfter(go, encoder));
      go.countDown();
      a.get();
      b.get();
    } finally {
      pool.shutdown();
    }
    encoder.close();
    IOException e = assertThrows(IOException.class, () -> encoder.write(TestFrames.frame(5)));
    assertTrue(e.getMessage().contains("already closed"), e.getMessage());
    assertEquals(5, VideoProbe.probe(output).frames());
  }

  private static Void closeAfter(CountDownLatch go, VideoEncoder encoder) throws Exception {
    go.await();
    encoder.close();
    return null;
  }
}
