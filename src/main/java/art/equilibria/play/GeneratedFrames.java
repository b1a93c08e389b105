package art.equilibria.play;

import art.equilibria.render.FrameRenderer;
import java.awt.image.BufferedImage;

/**
 * Frames generated as they are shown, by the same {@link FrameRenderer} that {@code render} uses,
 * so frame i is the picture {@code render} writes at i. The renderer frees each frame's arrays in
 * its own scope; the run (networks, paths) stays open for as long as the show.
 */
public final class GeneratedFrames implements FrameSource {
  private final double fps;
  private final String description;

  /** Made and replaced on the generation thread only; read by others for what it shows. */
  private volatile FrameRenderer renderer;

  private volatile double truncation;

  public GeneratedFrames(FrameRenderer renderer, double fps, String description) {
    this.renderer = renderer;
    this.fps = fps;
    this.description = description;
    this.truncation = renderer.truncation();
  }

  @Override
  public BufferedImage frame(long index) {
    FrameRenderer r = renderer;
    double psi = truncation;
    if (psi != r.truncation()) {
      // Changed here, between two frames on the generation thread: no frame is half one psi.
      r = r.withTruncation(psi);
      renderer = r;
    }
    return r.render(Math.floorMod(index, r.frames()), 1).get(0);
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
