package art.equilibria.render.video.hap;

import io.airlift.compress.snappy.SnappyCompressor;
import java.nio.ByteBuffer;
import java.util.stream.IntStream;

/**
 * Pictures as Hap frames of the plain "Hap1" kind: an RGB DXT1 texture ({@link Dxt1}), compressed
 * again with Snappy where that makes it smaller, behind a section header (Vidvox's Hap spec): the
 * data's length as 3 little-endian bytes, or 3 zero bytes and then 4 for 16 MiB or more, and one
 * byte for the format. Its buffers are reused, so one instance packs one frame at a time.
 */
public final class HapFrame {
  /** The section type of an RGB DXT1 texture stored as it is. */
  public static final int DXT1 = 0xAB;

  /** The section type of an RGB DXT1 texture compressed with Snappy. */
  public static final int DXT1_SNAPPY = 0xBB;

  /** The largest length the short header holds; one more needs the long one. */
  private static final int SHORT_LENGTH_LIMIT = 0xFFFFFF;

  /** Room for the long header before the data, so the data is written once, in place. */
  private static final int LONG_HEADER = 8;

  /**
   * Block rows compressed as one task: frames are cut into bands compressed on all cores, as
   * compression takes longer than anything else a HAP frame needs.
   */
  private static final int BAND_ROWS = 16;

  private final int width;
  private final int height;
  private final byte[] texture;
  private final byte[] frame;
  private final SnappyCompressor snappy = new SnappyCompressor();

  public HapFrame(int width, int height) {
    this.width = width;
    this.height = height;
    this.texture = new byte[Dxt1.textureBytes(width, height)];
    this.frame =
        new byte
            [LONG_HEADER + Math.max(texture.length, snappy.maxCompressedLength(texture.length))];
  }

  /**
   * Packs one picture.
   *
   * @param rgb its pixels as 0xRRGGBB ints, row by row from the top
   * @return the frame, its bytes from position to limit of a buffer that the next call reuses
   */
  public ByteBuffer pack(int[] rgb) {
    int rows = Dxt1.blocksDown(height);
    IntStream.range(0, (rows + BAND_ROWS - 1) / BAND_ROWS)
        .parallel()
        .forEach(
            band ->
                Dxt1.compress(
                    rgb,
                    width,
                    height,
                    texture,
                    band * BAND_ROWS,
                    Math.min(rows, (band + 1) * BAND_ROWS)));
    int length =
        snappy.compress(texture, 0, texture.length, frame, LONG_HEADER, frame.length - LONG_HEADER);
    int type = DXT1_SNAPPY;
    // Snappy gains nothing on a noisy texture; players then read it without decompressing.
    if (length >= texture.length) {
      System.arraycopy(texture, 0, frame, LONG_HEADER, texture.length);
      length = texture.length;
      type = DXT1;
    }
    byte[] header = header(length, type);
    int start = LONG_HEADER - header.length;
    System.arraycopy(header, 0, frame, start, header.length);
    return ByteBuffer.wrap(frame, start, header.length + length);
  }

  /** The section header for {@code length} bytes of data of {@code type}. */
  static byte[] header(int length, int type) {
    if (length <= SHORT_LENGTH_LIMIT) {
      return new byte[] {(byte) length, (byte) (length >> 8), (byte) (length >> 16), (byte) type};
    }
    return new byte[] {
      0,
      0,
      0,
      (byte) type,
      (byte) length,
      (byte) (length >> 8),
      (byte) (length >> 16),
      (byte) (length >> 24)
    };
  }
}
