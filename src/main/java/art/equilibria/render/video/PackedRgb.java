package art.equilibria.render.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The pixels of frames of one size as 0xRRGGBB ints, the form both FFmpeg's BGR0 frames and the HAP
 * compressor take: read in place for {@code TYPE_INT_RGB} (what renders make), copied otherwise.
 */
final class PackedRgb {
  private final int width;
  private final int height;
  private int[] scratch;

  PackedRgb(int width, int height) {
    this.width = width;
    this.height = height;
  }

  /**
   * The picture's pixels, row by row; the array is the picture's own or one reused by the next
   * call, so it is read before then.
   *
   * @throws IllegalArgumentException when the picture is not of the size given
   */
  int[] of(BufferedImage picture) {
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
