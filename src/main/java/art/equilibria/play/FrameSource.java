package art.equilibria.play;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Pictures of a loop by frame index, for the player: a generator run drawn live or a rendered
 * video. Frame {@code i} is frame {@code i mod frames()} of the loop, so a show runs on for ever.
 */
public interface FrameSource extends AutoCloseable {
  /** Frame {@code index} of the loop (taken modulo {@link #frames()}). */
  BufferedImage frame(long index) throws IOException;

  /** Frames in one pass of the loop. */
  long frames();

  /** Frames per second the loop was made for. */
  double fps();

  /**
   * Truncation psi of the frames made from now on (0: the mean picture, 1: none). A rendered video
   * cannot change: it ignores this.
   */
  default void truncation(double psi) {}

  /**
   * Whether two threads may make its frames at once (a generator run: yes; a video decoder, which
   * reads in order: no).
   */
  default boolean parallel() {
    return false;
  }

  /** What this source shows, in a few words, for the status. */
  String describe();

  @Override
  void close();
}
