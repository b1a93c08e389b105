package art.equilibria.render.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.Frame;

/**
 * One reused frame filled from RGB pictures, in FFmpeg's BGR0 layout: a little-endian 0x00RRGGBB
 * int is the bytes blue, green, red, unused, so Java's packed pixels go in with one bulk copy and
 * no per-pixel work (the encoder then converts them to its own format).
 */
final class BgrFrame {
  /** The FFmpeg pixel format of {@link #fill}'s frames. */
  static final int PIXEL_FORMAT = avutil.AV_PIX_FMT_BGR0;

  private final int width;
  private final int height;
  private final Frame frame;
  private final IntBuffer ints;
  private int[] scratch;

  BgrFrame(int width, int height) {
    this.width = width;
    this.height = height;
    this.frame = new Frame(width, height, Frame.DEPTH_UBYTE, 4);
    this.ints =
        ((ByteBuffer) frame.image[0]).duplicate().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
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
    // Rows may be padded for alignment: FFmpeg reads them with the frame's stride (in bytes).
    int rowInts = frame.imageStride / 4;
    ints.clear();
    if (rowInts == width) {
      ints.put(rgb, 0, width * height);
    } else {
      for (int y = 0; y < height; y++) {
        ints.position(y * rowInts);
        ints.put(rgb, y * width, width);
      }
    }
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
