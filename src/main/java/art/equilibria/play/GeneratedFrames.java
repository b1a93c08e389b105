package art.equilibria.play;

import art.equilibria.render.FrameRenderer;
import java.awt.image.BufferedImage;
import java.util.TreeSet;

/**
 * Frames generated as they are shown, by the same {@link FrameRenderer} that {@code render} uses,
 * so frame i is the picture {@code render} writes at i. The renderer frees each frame's arrays in
 * its own scope; the run (networks, paths) stays open for as long as the show.
 */
public final class GeneratedFrames implements FrameSource {
  private final double fps;
  private final String description;

  /**
   * The renderer at the psi asked for, made by a generation thread; frames below {@code changedAt}
   * keep the one before, so with several threads no frame after a change has the old psi.
   */
  private volatile FrameRenderer renderer;

  private FrameRenderer before;
  private long changedAt = Long.MIN_VALUE;

  /** Frames being made now, by index. */
  private final TreeSet<Long> making = new TreeSet<>();

  private volatile double truncation;

  public GeneratedFrames(FrameRenderer renderer, double fps, String description) {
    this.renderer = renderer;
    this.before = renderer;
    this.fps = fps;
    this.description = description;
    this.truncation = renderer.truncation();
  }

  @Override
  public BufferedImage frame(long index) {
    FrameRenderer r;
    synchronized (this) {
      double psi = truncation;
      if (psi != renderer.truncation()) {
        // Changed between two frames: frames being made keep the old psi, every later index the
        // new, so no frame is half one psi and the change happens once in the loop's order.
        before = renderer;
        renderer = renderer.withTruncation(psi);
        changedAt = making.isEmpty() ? index : Math.max(index, making.last() + 1);
      }
      r = index >= changedAt ? renderer : before;
      making.add(index);
    }
    try {
      return r.render(Math.floorMod(index, r.frames()), 1).get(0);
    } finally {
      synchronized (this) {
        making.remove(index);
      }
    }
  }

  @Override
  public boolean parallel() {
    return true;
  }

  @Override
  public void truncation(double psi) {
    truncation = psi;
  }

  @Override
  public long frames() {
    return renderer.frames();
  }

  @Override
  public double fps() {
    return fps;
  }

  @Override
  public String describe() {
    return description + " " + renderer.width() + "x" + renderer.height();
  }

  /** The networks belong to the run, closed by whoever opened it. */
  @Override
  public void close() {}
}
