package art.equilibria.render.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Where rendered frames go, one after another, at a fixed size. */
public interface FrameSink extends AutoCloseable {

  /**
   * Appends one frame. Frames are {@code TYPE_INT_RGB} of exactly the size given when the sink was
   * opened.
   *
   * @throws IllegalArgumentException when the frame has another size
   * @throws IOException when the frame cannot be encoded or written, or the sink is closed
   */
  void write(BufferedImage frame) throws IOException;

  /** Frames written so far. */
  long frames();

  /** The file (or, for frame sequences, the folder) being written. */
  Path output();

  /**
   * Finishes the output. Idempotent and thread-safe: a shutdown hook and the normal path may both
   * call it; only the first call does anything.
   */
  @Override
  void close() throws IOException;
}
