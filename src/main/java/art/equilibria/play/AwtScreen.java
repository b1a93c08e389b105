package art.equilibria.play;

import art.equilibria.image.Images;
import java.awt.Color;
import java.awt.Frame;
import java.awt.Graphics2D;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.image.BufferStrategy;
import java.awt.image.BufferedImage;

/**
 * A display shown with Java2D: the whole screen in full-screen exclusive mode (where the platform
 * grants it; a borderless window covering the screen otherwise) or a window of the frame's size.
 * Frames are drawn into a page-flipping {@link BufferStrategy}, so a frame is never seen half
 * drawn, from the player's thread (active rendering: AWT's repaints are ignored).
 */
public final class AwtScreen implements Screen {
  private final Frame window;
  private final GraphicsDevice device;
  private final boolean fullScreen;
  private final BufferStrategy strategy;

  private AwtScreen(Frame window, GraphicsDevice device, boolean fullScreen) {
    this.window = window;
    this.device = device;
    this.fullScreen = fullScreen;
    window.createBufferStrategy(2);
    this.strategy = window.getBufferStrategy();
  }

  /** The screens of this machine, in the order {@code --screen} numbers them. */
  public static GraphicsDevice[] screens() {
    return GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
  }

  /**
   * Opens on a screen.
   *
   * @param windowed a window of {@code width x height} rather than the whole screen
   */
  public static AwtScreen open(GraphicsDevice device, boolean windowed, int width, int height) {
    Frame window = new Frame("equilibria", device.getDefaultConfiguration());
    window.setIgnoreRepaint(true);
    window.setBackground(Color.BLACK);
    if (windowed) {
      window.setUndecorated(true);
      Rectangle bounds = device.getDefaultConfiguration().getBounds();
      window.setBounds(bounds.x, bounds.y, width, height);
      window.setVisible(true);
      return new AwtScreen(window, device, false);
    }
    window.setUndecorated(true);
    window.setCursor(
        Toolkit.getDefaultToolkit()
            .createCustomCursor(
                new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB), new Point(), "none"));
    if (device.isFullScreenSupported()) {
      device.setFullScreenWindow(window);
    } else {
      window.setBounds(device.getDefaultConfiguration().getBounds());
      window.setVisible(true);
    }
    return new AwtScreen(window, device, device.isFullScreenSupported());
  }

  /** Where the picture area lies on the virtual screen (for tests that take screenshots). */
  public Rectangle bounds() {
    return new Rectangle(window.getLocationOnScreen(), window.getSize());
  }

  @Override
  public void show(BufferedImage frame) {
    draw(frame);
  }

  @Override
  public void black() {
    draw(null);
  }

  private void draw(BufferedImage frame) {
    do {
      do {
        Graphics2D g = (Graphics2D) strategy.getDrawGraphics();
        try {
          int w = window.getWidth();
          int h = window.getHeight();
          g.setColor(Color.BLACK);
          g.fillRect(0, 0, w, h);
          if (frame != null) {
            Images.drawFitted(g, frame, w, h);
          }
        } finally {
          g.dispose();
        }
      } while (strategy.contentsRestored());
      strategy.show();
    } while (strategy.contentsLost());
    Toolkit.getDefaultToolkit().sync();
  }

  @Override
  public void close() {
    if (fullScreen) {
      device.setFullScreenWindow(null);
    }
    strategy.dispose();
    window.dispose();
  }
}
