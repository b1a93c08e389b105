package art.equilibria.render.video;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * One way of turning frames into a file: FFmpeg's encoders ({@link RecorderSink}) or Equilibria's
 * own ({@link HapWriter}). {@link VideoEncoder} counts the frames, refuses them once closed and
 * finishes only once, so an encoder does only its own part.
 */
interface FrameEncoder {
  /**
   * Encodes the frame numbered {@code index} (0, 1, ... in order).
   *
   * @throws IllegalArgumentException when the frame has another size than the video
   */
  void encode(BufferedImage frame, long index) throws IOException;

  /** Finishes the file and frees what the encoder holds; called once. */
  void finish() throws IOException;
}
