package art.equilibria.measure;

import ai.djl.ndarray.NDArray;
import art.equilibria.image.Images;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Visual complexity as a compressor sees it: the size of the picture's PNG file, as the project
 * writes it ({@link Images#encodePng}, levels rounded), in bytes per pixel. A flat field takes
 * about 0.02 bytes per pixel at 128 x 128, soft gradients a fraction of a byte, noise about 3 (the
 * three bytes of RGB, which deflate cannot shrink).
 *
 * <p>The upper bound {@value #MAX} holds for pictures of at least 10 x 10 pixels: a PNG stores at
 * most 3 bytes per pixel and one filter byte per row, deflate adds under 0.1% when it cannot
 * compress, and the file's fixed parts (signature, header, end, deflate's frame) are 68 bytes, so
 * at most {@code 3.003 + 1 / W + 68 / (W H)} ≤ 3.8 bytes per pixel. Smaller pictures can exceed it:
 * their fixed 68 bytes are shared by fewer pixels.
 *
 * <p>Not differentiable: computed on the CPU from whole levels; the values are then put on the
 * levels' device.
 */
public final class CompressedSize implements Measure {
  /** The largest value for pictures of at least 10 x 10 pixels. */
  public static final double MAX = 4;

  @Override
  public About about() {
    return new About(
        "compressed-size",
        "PNG file size in bytes per pixel (about 0 flat, 3 noise)",
        0,
        MAX,
        false);
  }

  @Override
  public NDArray of(NDArray levels) {
    List<BufferedImage> pictures = Images.pictures(levels.stopGradient().clip(0, 255));
    float[] sizes = new float[pictures.size()];
    for (int i = 0; i < sizes.length; i++) {
      BufferedImage p = pictures.get(i);
      sizes[i] = (float) ((double) bytes(p) / ((long) p.getWidth() * p.getHeight()));
    }
    return levels.getManager().create(sizes).toDevice(levels.getDevice(), false);
  }

  /** The size of a picture's PNG file. */
  static int bytes(BufferedImage picture) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Images.encodePng(picture, out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not compress a picture to measure it", e);
    }
    return out.size();
  }
}
