package art.equilibria.render.video;

import java.io.IOException;
import java.lang.reflect.Field;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * Makes sure FFmpeg encodes with the encoder and pixel format asked for. JavaCV quietly takes the
 * container's default encoder when the named one is missing (an LGPL build has no libx264 and
 * writes mpeg4), which would put a video that gallery players refuse on disk without a word.
 */
final class EncoderCheck {
  private static final String BUILD_HINT =
      "the FFmpeg build in use lacks it; depend on org.bytedeco:ffmpeg with the classifier"
          + " linux-x86_64-gpl (not the LGPL linux-x86_64) or choose another format";

  private EncoderCheck() {}

  /** Before start: the encoder must exist, as JavaCV looks it up by this same name first. */
  static void requireEncoder(String codecName) throws IOException {
    AVCodec codec = avcodec.avcodec_find_encoder_by_name(codecName);
    if (codec == null || codec.isNull()) {
      throw new IOException("no FFmpeg encoder named " + codecName + ": " + BUILD_HINT);
    }
  }

  /** After start: what the opened codec context really uses. */
  static void verifyStarted(FFmpegFrameRecorder recorder, String codecName, String pixelFormat)
      throws IOException {
    AVCodecContext context = openedContext(recorder);
    if (context == null) {
      // JavaCV changed its internals; requireEncoder has already ruled out the fallback.
      return;
    }
    String used = name(context.codec() == null ? null : context.codec().name());
    if (!codecName.equals(used)) {
      throw new IOException(
          "asked for " + codecName + " but FFmpeg used " + used + "; " + BUILD_HINT);
    }
    String format = name(avutil.av_get_pix_fmt_name(context.pix_fmt()));
    if (!pixelFormat.equals(format)) {
      throw new IOException(
          "asked for pixel format "
              + pixelFormat
              + " from "
              + codecName
              + " but FFmpeg used "
              + format);
    }
  }

  /**
   * JavaCV keeps the opened context private and reports only the settings it was given, so the only
   * way to see what FFmpeg actually opened is to read that field.
   */
  private static AVCodecContext openedContext(FFmpegFrameRecorder recorder) {
    try {
      Field field = FFmpegFrameRecorder.class.getDeclaredField("video_c");
      field.setAccessible(true);
      Object value = field.get(recorder);
      return value instanceof AVCodecContext c && !c.isNull() ? c : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static String name(BytePointer pointer) {
    return pointer == null || pointer.isNull() ? "nothing" : pointer.getString();
  }
}
