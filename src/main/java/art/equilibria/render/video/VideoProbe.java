package art.equilibria.render.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Reads back what was written: stream facts and decoded frames. It decodes every frame, so it is
 * meant for verifying renders and for tests, not for scanning hour-long files.
 */
public final class VideoProbe {
  private VideoProbe() {}

  /**
   * What a video holds.
   *
   * @param codec FFmpeg's codec name as stored (h264, prores, hap, ffv1, vp9, png)
   * @param pixelFormat the stored pixel format (yuv420p, ...)
   * @param fps the stream's frame rate; 0 for a folder of frames, which has none
   * @param frames frames counted by decoding them
   * @param seconds the container's duration, or frames / fps when it does not say; 0 for a folder
   */
  public record Info(
      String codec,
      String pixelFormat,
      int width,
      int height,
      double fps,
      long frames,
      double seconds,
      boolean hasAudio) {}

  /** Stream facts of a video file, or of a PNG frame folder written by {@link VideoEncoder}. */
  public static Info probe(Path file) throws IOException {
    FfmpegLog.apply();
    try (FFmpegFrameGrabber grabber = open(file, FrameGrabber.ImageMode.RAW)) {
      AVCodecParameters video = videoParameters(grabber.getFormatContext(), file);
      String codec = name(avcodec.avcodec_get_name(video.codec_id()));
      String pixelFormat = name(avutil.av_get_pix_fmt_name(video.format()));
      boolean folder = Files.isDirectory(file);
      double fps = folder ? 0 : grabber.getVideoFrameRate();
      long frames = 0;
      while (grabber.grabImage() != null) {
        frames++;
      }
      long micros = grabber.getLengthInTime();
      double seconds = folder ? 0 : micros > 0 ? micros / 1e6 : fps > 0 ? frames / fps : 0;
      return new Info(
          codec,
          pixelFormat,
          video.width(),
          video.height(),
          fps,
          frames,
          seconds,
          grabber.hasAudio());
    } catch (FrameGrabber.Exception e) {
      throw new IOException("cannot read the video " + file + ": " + e.getMessage(), e);
    }
  }

  /** Every frame, decoded to {@code TYPE_INT_RGB}. */
  public static List<BufferedImage> frames(Path file) throws IOException {
    FfmpegLog.apply();
    List<BufferedImage> pictures = new ArrayList<>();
    try (FFmpegFrameGrabber grabber = open(file, FrameGrabber.ImageMode.COLOR)) {
      Frame frame;
      while ((frame = grabber.grabImage()) != null) {
        pictures.add(toPicture(frame));
      }
    } catch (FrameGrabber.Exception e) {
      throw new IOException("cannot decode the video " + file + ": " + e.getMessage(), e);
    }
    return pictures;
  }

  /** A started grabber; a folder is read as the frame-%06d.png sequence VideoEncoder writes. */
  public static FFmpegFrameGrabber open(Path file, FrameGrabber.ImageMode mode) throws IOException {
    if (!Files.exists(file)) {
      throw new IOException("no video at " + file.toAbsolutePath());
    }
    boolean folder = Files.isDirectory(file);
    FFmpegFrameGrabber grabber =
        new FFmpegFrameGrabber(
            folder
                ? RecorderSettings.target(file, VideoFormat.PNG)
                : file.toAbsolutePath().toString());
    if (folder) {
      grabber.setFormat("image2");
      grabber.setOption("start_number", "0");
    }
    grabber.setImageMode(mode);
    // BGR24 is what toPicture unpacks; RAW mode ignores it and skips the conversion.
    grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
    try {
      grabber.start();
    } catch (FrameGrabber.Exception e) {
      grabber.close();
      throw new IOException("cannot open the video " + file + ": " + e.getMessage(), e);
    }
    return grabber;
  }

  private static AVCodecParameters videoParameters(AVFormatContext context, Path file)
      throws IOException {
    for (int i = 0; i < context.nb_streams(); i++) {
      AVCodecParameters parameters = context.streams(i).codecpar();
      if (parameters.codec_type() == avutil.AVMEDIA_TYPE_VIDEO) {
        return parameters;
      }
    }
    throw new IOException(file + " has no video stream");
  }

  /** A decoded BGR24 frame as a {@code TYPE_INT_RGB} picture. */
  public static BufferedImage toPicture(Frame frame) {
    int width = frame.imageWidth;
    int height = frame.imageHeight;
    int stride = frame.imageStride;
    ByteBuffer bytes = (ByteBuffer) frame.image[0];
    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] rgb = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
    byte[] row = new byte[width * 3];
    for (int y = 0; y < height; y++) {
      bytes.position(y * stride);
      bytes.get(row);
      for (int x = 0, i = 0; x < width; x++, i += 3) {
        rgb[y * width + x] = (row[i + 2] & 255) << 16 | (row[i + 1] & 255) << 8 | (row[i] & 255);
      }
    }
    return picture;
  }

  private static String name(BytePointer pointer) {
    return pointer == null || pointer.isNull() ? "unknown" : pointer.getString();
  }
}
