package art.equilibria.play;

import art.equilibria.render.video.VideoProbe;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * A rendered loop decoded as it plays. Frames are read in order; a frame further on is reached by
 * decoding past the ones between, and the start of the next pass by seeking back to the start.
 */
public final class VideoFrames implements FrameSource {
  private final Path file;
  private final FFmpegFrameGrabber grabber;
  private final long frames;
  private final double fps;

  /** Index within the loop of the next frame the grabber will decode. */
  private long next;

  private BufferedImage last;

  public VideoFrames(Path file) throws IOException {
    this.file = file;
    VideoProbe.Info info = VideoProbe.probe(file);
    if (info.frames() < 1) {
      throw new IOException(file + " holds no frames");
    }
    this.frames = info.frames();
    this.fps = info.fps();
    this.grabber = VideoProbe.open(file, FrameGrabber.ImageMode.COLOR);
  }

  @Override
  public synchronized BufferedImage frame(long index) throws IOException {
    long wanted = Math.floorMod(index, frames);
    try {
      if (last != null && wanted == next - 1) {
        return last;
      }
      if (wanted < next) {
        grabber.setFrameNumber(0);
        next = 0;
      }
      while (next <= wanted) {
        Frame frame = grabber.grabImage();
        if (frame == null) {
          // Fewer frames than the container said: this is the end of the loop.
          next = wanted + 1;
          break;
        }
        if (next == wanted) {
          last = VideoProbe.toPicture(frame);
        }
        next++;
      }
    } catch (FrameGrabber.Exception e) {
      throw new IOException("cannot decode " + file + ": " + e.getMessage(), e);
    }
    return last;
  }

  @Override
  public long frames() {
    return frames;
  }

  @Override
  public double fps() {
    return fps;
  }

  @Override
  public String describe() {
    return "video " + file.getFileName();
  }

  @Override
  public synchronized void close() {
    try {
      grabber.close();
    } catch (FrameGrabber.Exception e) {
      // Nothing is written; a grabber that fails to close leaves nothing behind.
    }
  }
}
