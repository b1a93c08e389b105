package art.equilibria.play;

import java.awt.image.BufferedImage;

/** Where frames are shown: a display, or nowhere (a headless soak). */
public interface Screen extends AutoCloseable {
  /** Shows a frame at once, scaled to fit and centred on black. */
  void show(BufferedImage frame);

  /** Shows nothing: outside opening hours. */
  void black();

  @Override
  void close();

  /** A screen that shows nothing, for running without a display. */
  Screen NONE =
      new Screen() {
        @Override
        public void show(BufferedImage frame) {}

        @Override
        public void black() {}

        @Override
        public void close() {}
      };
}
