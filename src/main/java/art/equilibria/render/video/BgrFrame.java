package art.equilibria.render.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import org.bytedeco.javacv.Frame;

/**
 * One reused BGR24 frame filled from RGB pictures. Copying the packed ints through one byte array
 * and one bulk put is the fastest way into FFmpeg; per-pixel calls are several times slower.
 */
final class BgrFrame {
  private final int width;
  private final int height;
  private final Frame frame;
  private final byte[] bytes;
  private int[] scratch;

  BgrFrame(int width, int height) {
    this.width = width;
    this.height = height;
    this.frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
    // Rows may be padded for alignment: FFmpeg reads them with the frame's stride.
    this.bytes = new byte[frame.imageStride * height];
  }

  /** Copies {@code picture} into the frame and returns it. */
  Frame fill(BufferedImage picture) {
    if (picture.getWidth() != width || picture.getHeight() != height) {
      throw new IllegalArgumentException(
          "frame is "
              + picture.getWidth()
              + "x"
              + picture.getHeight()
              + " but the video was opened at "
              + width
              + "x"
              + height
              + "; every frame must have the size given at open");
    }
    int[] rgb = packedRgb(picture);
    int stride = frame.imageStride;
    for (int y = 0; y < height; y++) {
      int from = y * width;
      int to = y * stride;
      for (int x = 0; x < width; x++) {
        int p = rgb[from + x];
        bytes[to++] = (byte) p;
        bytes[to++] = (byte) (p >> 8);
        bytes[to++] = (byte) (p >> 16);
      }
    }
    ByteBuffer target = (ByteBuffer) frame.image[0];
    target.clear();
    target.put(bytes);
    target.flip();
    return frame;
  }

  /** The pixels as 0xRRGGBB ints, read in place for INT_RGB (the expected kind) and copied else. */
  private int[] packedRgb(BufferedImage picture) {
    int type = picture.getType();
    if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
        && picture.getRaster().getDataBuffer() instanceof DataBufferInt ints
        && picture.getRaster().getParent() == null) {
      return ints.getData();
    }
    if (scratch == null) {
      scratch = new int[width * height];
    }
    return picture.getRGB(0, 0, width, height, scratch, 0, width);
  }
}
