package art.equilibria.render.video;

import java.awt.image.BufferedImage;
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
  private final PackedRgb pixels;

  BgrFrame(int width, int height) {
    this.width = width;
    this.height = height;
    this.frame = new Frame(width, height, Frame.DEPTH_UBYTE, 4);
    this.ints =
        ((ByteBuffer) frame.image[0]).duplicate().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
    this.pixels = new PackedRgb(width, height);
  }

  /**
   * Copies {@code picture} into the frame and returns it.
   *
   * @throws IllegalArgumentException when the picture is not of the frame's size
   */
  Frame fill(BufferedImage picture) {
    int[] rgb = pixels.of(picture);
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
}
