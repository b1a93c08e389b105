package art.equilibria.render.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Frames encoded by one of FFmpeg's encoders, through JavaCV's recorder, as RecorderSettings say.
 */
final class RecorderSink implements FrameEncoder {
  private final Path output;
  private final FFmpegFrameRecorder recorder;
  private final BgrFrame pixels;

  private RecorderSink(Path output, FFmpegFrameRecorder recorder, BgrFrame pixels) {
    this.output = output;
    this.recorder = recorder;
    this.pixels = pixels;
  }

  /**
   * Starts the encoder and checks it is the one asked for; on failure nothing is left open (the
   * file it may have created is the caller's to remove).
   */
  static RecorderSink open(
      Path output, VideoFormat format, int width, int height, int fps, int crf, String preset)
      throws IOException {
    FFmpegFrameRecorder recorder =
        RecorderSettings.create(output, format, width, height, fps, crf, preset);
    try {
      recorder.start();
      EncoderCheck.verifyStarted(recorder, format.codecName(), format.pixelFormat());
    } catch (IOException | RuntimeException e) {
      release(recorder);
      throw e;
    }
    return new RecorderSink(output, recorder, new BgrFrame(width, height));
  }

  @Override
  public void encode(BufferedImage frame, long index) throws IOException {
    try {
      recorder.record(pixels.fill(frame), BgrFrame.PIXEL_FORMAT);
    } catch (FrameRecorder.Exception e) {
      throw new IOException(
          "cannot write frame " + index + " to " + output + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void finish() throws IOException {
    try {
      recorder.stop();
    } catch (FrameRecorder.Exception e) {
      throw new IOException("cannot finish the video " + output + ": " + e.getMessage(), e);
    } finally {
      release(recorder);
    }
  }

  private static void release(FFmpegFrameRecorder recorder) {
    try {
      recorder.release();
    } catch (FrameRecorder.Exception ignored) {
      // Nothing more can be done with a recorder that cannot free itself.
    }
  }
}
