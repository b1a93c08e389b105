package art.equilibria.play;

import art.equilibria.render.FrameRenderer;
import java.awt.image.BufferedImage;

/**
 * Frames generated as they are shown, by the same {@link FrameRenderer} that {@code render} uses,
 * so frame i is the picture {@code render} writes at i. The renderer frees each frame's arrays in
 * its own scope; the run (networks, paths) stays open for as long as the show.
 */
public final class GeneratedFrames implements FrameSource {
  private final FrameRenderer renderer;
  private final double fps;
  private final String description;

  public GeneratedFrames(FrameRenderer renderer, double fps, String description) {
    this.renderer = renderer;
    this.fps = fps;
    this.description = description;
  }

  @Override
  public BufferedImage frame(long index) {
    return renderer.render(Math.floorMod(index, renderer.frames()), 1).get(0);
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
