package art.equilibria.image;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import art.equilibria.nn.Tensors;
import art.equilibria.run.AtomicFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Turns generator output into pictures: pixels, grids, PNG files. */
public final class Images {
  private Images() {}

  /**
   * Converts NCHW images to RGB pictures through a tone map. The colour packing happens on the
   * tensor's device, so only one int per pixel crosses to the JVM.
   */
  public static List<BufferedImage> toPictures(NDArray images, ToneMap tone) {
    return pictures(tone.levels(images));
  }

  /**
   * N x 3 x H x W display levels (0..255) as RGB pictures, each level rounded. The colour packing
   * happens on the tensor's device, so only one int per pixel crosses to the JVM.
   */
  public static List<BufferedImage> pictures(NDArray display) {
    long n = display.getShape().get(0);
    int h = (int) display.getShape().get(2);
    int w = (int) display.getShape().get(3);
    NDArray levels = display.round();
    NDArray packed =
        Tensors.times(levels.get(new NDIndex(":, 0")), 65536)
            .add(Tensors.times(levels.get(new NDIndex(":, 1")), 256))
            .add(levels.get(new NDIndex(":, 2")))
            .toType(DataType.INT32, false);
    int[] pixels = packed.toIntArray();
    List<BufferedImage> pictures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      int[] target = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
      System.arraycopy(pixels, i * w * h, target, 0, w * h);
      pictures.add(picture);
    }
    return pictures;
  }

  /** Pictures in a grid of {@code columns}, each scaled to {@code tile} pixels, with a gap. */
  public static BufferedImage grid(List<BufferedImage> pictures, int columns, int tile, int gap) {
    int rows = (pictures.size() + columns - 1) / columns;
    BufferedImage grid =
        new BufferedImage(
            columns * tile + (columns - 1) * gap,
            rows * tile + (rows - 1) * gap,
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = grid.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
    for (int i = 0; i < pictures.size(); i++) {
      int x = (i % columns) * (tile + gap);
      int y = (i / columns) * (tile + gap);
      g.drawImage(pictures.get(i), x, y, tile, tile, null);
    }
    g.dispose();
    return grid;
  }

  /** Pictures of equal height placed left to right with a gap. */
  public static BufferedImage sideBySide(List<BufferedImage> pictures, int gap, Color background) {
    int width = pictures.stream().mapToInt(BufferedImage::getWidth).sum();
    width += gap * (pictures.size() - 1);
    int height = pictures.stream().mapToInt(BufferedImage::getHeight).max().orElse(0);
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(background);
    g.fillRect(0, 0, width, height);
    int x = 0;
    for (BufferedImage p : pictures) {
      g.drawImage(p, x, 0, null);
      x += p.getWidth() + gap;
    }
    g.dispose();
    return out;
  }

  /** Writes a PNG atomically. */
  public static void writePng(BufferedImage picture, Path file) throws IOException {
    AtomicFiles.write(file, out -> encodePng(picture, out));
  }

  /**
   * Writes a picture as PNG to a stream, buffered in memory: ImageIO's default disk cache registers
   * a shutdown hook when first used, which fails once Ctrl-C has begun the shutdown, and a training
   * still writes its last snapshot then.
   */
  public static void encodePng(BufferedImage picture, OutputStream out) throws IOException {
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      if (!ImageIO.write(picture, "png", stream)) {
        throw new IOException("no PNG writer available");
      }
    }
  }

  /** Mean absolute difference of packed RGB pixels, per channel value, 0 to 255. */
  public static double meanDifference(int[] a, int[] b) {
    long sum = 0;
    for (int i = 0; i < a.length; i++) {
      for (int shift = 0; shift <= 16; shift += 8) {
        sum += Math.abs((a[i] >> shift & 255) - (b[i] >> shift & 255));
      }
    }
    return sum / (3.0 * a.length);
  }

  /** Mean absolute difference of two pictures of the same size, 0 to 255. */
  public static double meanDifference(BufferedImage a, BufferedImage b) {
    return meanDifference(pixels(a), pixels(b));
  }

  /**
   * Pictures of one size as N x 3 x H x W display levels (0 to 255), for measuring pictures that
   * were not made here.
   */
  public static NDArray levels(List<BufferedImage> pictures, NDManager manager) {
    int w = pictures.get(0).getWidth();
    int h = pictures.get(0).getHeight();
    int plane = w * h;
    float[] planar = new float[pictures.size() * 3 * plane];
    for (int i = 0; i < pictures.size(); i++) {
      BufferedImage p = pictures.get(i);
      if (p.getWidth() != w || p.getHeight() != h) {
        throw new IllegalArgumentException(
            "pictures of different sizes: "
                + w
                + "x"
                + h
                + " and "
                + p.getWidth()
                + "x"
                + p.getHeight());
      }
      int[] rgb = pixels(p);
      int base = i * 3 * plane;
      for (int k = 0; k < plane; k++) {
        planar[base + k] = rgb[k] >> 16 & 255;
        planar[base + plane + k] = rgb[k] >> 8 & 255;
        planar[base + 2 * plane + k] = rgb[k] & 255;
      }
    }
    return manager.create(planar, new Shape(pictures.size(), 3, h, w));
  }

  /**
   * A picture cut into columns x rows equal tiles, each with {@code trim} pixels taken off every
   * edge (to leave out the gaps and frames between tiles), left to right, top to bottom.
   */
  public static List<BufferedImage> tiles(BufferedImage picture, int columns, int rows, int trim) {
    int w = picture.getWidth() / columns;
    int h = picture.getHeight() / rows;
    if (w - 2 * trim < 1 || h - 2 * trim < 1) {
      throw new IllegalArgumentException(
          "tiles of " + w + "x" + h + " pixels cannot lose " + trim + " pixels on every side");
    }
    List<BufferedImage> tiles = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        tiles.add(picture.getSubimage(c * w + trim, r * h + trim, w - 2 * trim, h - 2 * trim));
      }
    }
    return tiles;
  }

  /**
   * Two pictures mixed linearly in their pixels: {@code a + weight (b - a)} per channel, rounded; 0
   * is {@code a}, 1 is {@code b}. The result has {@code a}'s size; {@code b} of another size is
   * scaled to fit it first, centred on black, as a screen shows it.
   */
  public static BufferedImage mix(BufferedImage a, BufferedImage b, double weight) {
    int w = a.getWidth();
    int h = a.getHeight();
    if (b.getWidth() != w || b.getHeight() != h) {
      BufferedImage fitted = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = fitted.createGraphics();
      try {
        drawFitted(g, b, w, h);
      } finally {
        g.dispose();
      }
      b = fitted;
    }
    int[] from = pixels(a);
    int[] to = pixels(b);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] mixed = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < mixed.length; i++) {
      int rgb = 0;
      for (int shift = 16; shift >= 0; shift -= 8) {
        int x = from[i] >> shift & 255;
        int y = to[i] >> shift & 255;
        rgb |= (int) Math.round(x + weight * (y - x)) << shift;
      }
      mixed[i] = rgb;
    }
    return out;
  }

  /**
   * Draws a picture into a {@code w x h} area: at its own size when it fits exactly, else scaled to
   * fit (bilinear) and centred, the rest left as it was (black on a screen).
   */
  public static void drawFitted(Graphics2D g, BufferedImage picture, int w, int h) {
    if (picture.getWidth() == w && picture.getHeight() == h) {
      g.drawImage(picture, 0, 0, null);
      return;
    }
    double scale = Math.min((double) w / picture.getWidth(), (double) h / picture.getHeight());
    int sw = (int) Math.round(picture.getWidth() * scale);
    int sh = (int) Math.round(picture.getHeight() * scale);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(picture, (w - sw) / 2, (h - sh) / 2, sw, sh, null);
  }

  /** A picture's pixels as packed RGB. */
  public static int[] pixels(BufferedImage picture) {
    int w = picture.getWidth();
    return picture.getRGB(0, 0, w, picture.getHeight(), null, 0, w);
  }
}
