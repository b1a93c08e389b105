package art.equilibria.play;

import art.equilibria.image.Images;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One source fading into another: frame i of both, mixed in their pixels, the incoming one weighing
 * {@code (i - first) / frames} from the first frame asked for (generation may begin late, or be
 * restarted: the fade goes on where it was). Both are generated or decoded while it lasts; once the
 * incoming one weighs all it is {@link #done}, and only it is made.
 */
final class Crossfade implements FrameSource {
  private final Supplier<FrameSource> from;
  private final Supplier<FrameSource> to;
  private final long frames;
  private final String description;
  private final AtomicLong first = new AtomicLong(-1);
  private volatile boolean done;

  /**
   * @param from the source fading out (built on the generation thread when first needed)
   * @param to the source fading in
   * @param frames how many frames the fade takes, at least 1
   */
  Crossfade(Supplier<FrameSource> from, Supplier<FrameSource> to, long frames, String description) {
    this.from = from;
    this.to = to;
    this.frames = Math.max(1, frames);
    this.description = description;
  }

  @Override
  public BufferedImage frame(long index) throws IOException {
    first.compareAndSet(-1, index);
    double weight = Math.min(1, Math.max(0, (double) (index - first.get()) / frames));
    BufferedImage incoming = to.get().frame(index);
    if (weight >= 1) {
      done = true;
      return incoming;
    }
    return Images.mix(from.get().frame(index), incoming, weight);
  }

  @Override
  public boolean parallel() {
    return from.get().parallel() && to.get().parallel();
  }

  /** Whether a frame of the incoming source alone was made: the fade is over. */
  boolean done() {
    return done;
  }

  @Override
  public long frames() {
    return to.get().frames();
  }

  @Override
  public double fps() {
    return to.get().fps();
  }

  @Override
  public String describe() {
    return description;
  }

  /** Both sources belong to their ladders, closed with them. */
  @Override
  public void close() {}
}
