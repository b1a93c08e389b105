package art.equilibria.render.video;

import art.equilibria.run.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Encodes frames into one of the {@link VideoFormat}s: with FFmpeg's encoders (through JavaCV), or
 * for HAP, which the bundled FFmpeg cannot encode, with Equilibria's own ({@link HapWriter}).
 *
 * <p>H.264 is written as fragmented MP4 while rendering, so a render killed at any point (even with
 * {@code kill -9}) leaves a file that plays up to its last complete fragment (one GOP, two
 * seconds). {@link #close()} then rewrites it, by copying packets, as a regular MP4 with the index
 * at the front ({@code +faststart}), which is what gallery players want. If that rewrite fails, the
 * fragmented file is kept and {@link #warning()} says so. ProRes and HAP are written the same way
 * in QuickTime (fragments of a second); FFV1 and VP9 go to Matroska in clusters of a second,
 * flushed as they close, so a killed render of any format loses at most its last second or two.
 */
public final class VideoEncoder implements FrameSink {
  /** x264 speed/size trade-off used unless a preset is given. */
  public static final String DEFAULT_PRESET = "veryfast";

  private final Path output;
  private final VideoFormat format;
  private final FrameEncoder encoder;
  private long frames;
  private boolean closed;
  private String warning;

  private VideoEncoder(Path output, VideoFormat format, FrameEncoder encoder) {
    this.output = output;
    this.format = format;
    this.encoder = encoder;
  }

  /** FFmpeg's own log lines on standard error (off by default). */
  public static void verbose(boolean on) {
    FfmpegLog.verbose(on);
  }

  /** Opens with the {@link #DEFAULT_PRESET}. */
  public static VideoEncoder open(
      Path output, VideoFormat format, int width, int height, int fps, int crf) throws IOException {
    return open(output, format, width, height, fps, crf, DEFAULT_PRESET);
  }

  /**
   * Starts a video.
   *
   * @param output the file to write, or for {@link VideoFormat#PNG} the folder for the frames
   * @param crf quality for H.264 (0-51) and VP9 (0-63), lower is better; ignored by the others
   * @param preset the x264 preset (ultrafast ... veryslow); ignored by the others
   * @throws IllegalArgumentException for sizes, rates or qualities the format cannot take
   * @throws IOException when the output cannot be written or FFmpeg cannot encode the format
   */
  public static VideoEncoder open(
      Path output, VideoFormat format, int width, int height, int fps, int crf, String preset)
      throws IOException {
    EncoderArguments.check(format, width, height, fps, crf, preset);
    FfmpegLog.apply();
    OutputTarget.prepare(output, format);
    // The index rewrite of a render killed while finishing, at this same path.
    AtomicFiles.removeLeftovers(output);
    if (!format.encodedHere()) {
      EncoderCheck.requireEncoder(format.codecName());
    }
    // A failed start removes only what it made, never an earlier render at the same path.
    boolean existed = Files.exists(output);
    try {
      FrameEncoder encoder =
          format.encodedHere()
              ? HapWriter.open(output, width, height, fps)
              : RecorderSink.open(output, format, width, height, fps, crf, preset);
      return new VideoEncoder(output, format, encoder);
    } catch (IOException | RuntimeException e) {
      if (!format.isFolder() && !existed) {
        Files.deleteIfExists(output);
      }
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new IOException(
          "cannot start the " + format.pieceName() + " video " + output + ": " + why, e);
    }
  }

  @Override
  public synchronized void write(BufferedImage frame) throws IOException {
    if (closed) {
      throw new IOException("the video " + output + " is already closed");
    }
    encoder.encode(frame, frames);
    frames++;
  }

  @Override
  public synchronized long frames() {
    return frames;
  }

  @Override
  public Path output() {
    return output;
  }

  /** The format being written. */
  public VideoFormat format() {
    return format;
  }

  /** Set after close when the video is usable but not in the intended shape. */
  public synchronized Optional<String> warning() {
    return Optional.ofNullable(warning);
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    encoder.finish();
    if (format.fragmented() && frames > 0) {
      try {
        Mp4Faststart.rewrite(output, format.muxer());
      } catch (IOException | RuntimeException e) {
        warning =
            "kept "
                + output
                + " fragmented (it plays, but some players and editors want the index at the"
                + " front: remux with ffmpeg -i IN -c copy -movflags +faststart OUT): "
                + e.getMessage();
      }
    }
  }
}
