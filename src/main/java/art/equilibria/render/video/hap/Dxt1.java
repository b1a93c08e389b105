package art.equilibria.render.video.hap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * DXT1 (BC1) texture compression of RGB pictures, the texture inside a Hap frame. Each 4x4 block of
 * pixels becomes 8 bytes: two end colours in RGB565 (little-endian), then a 2-bit index per pixel
 * (row 0 first, pixel 0 in the lowest bits) into four colours on the line between them. Only the
 * 4-colour mode is written (first end greater than the second: the ends, then the colours a third
 * and two thirds of the way), so no pixel ever decodes as the 3-colour mode's black.
 *
 * <p>The texture covers the picture rounded up to whole blocks, as decoders expect; the blocks past
 * its right and bottom edges repeat its last column and row. Blocks are stored row by row, left to
 * right, the picture's top row first.
 */
public final class Dxt1 {
  /** Pixels along each side of a block. */
  private static final int BLOCK = 4;

  /** Bytes of one compressed block. */
  private static final int BLOCK_BYTES = 8;

  /**
   * Power iterations towards the block's principal colour axis: on a demo frame, 16 lower the mean
   * error by a thousandth of a level against 4, and 1 raises it by three thousandths.
   */
  private static final int AXIS_ITERATIONS = 4;

  /**
   * The index of each stop along the line from the second end to the first, 2 bits each from the
   * lowest: c1 (1), a third of the way (3), two thirds (2), c0 (0).
   */
  private static final int INDEX_OF_STOP = 0b00_10_11_01;

  /** Index 2 (two thirds first end, one third second) for all 16 pixels. */
  private static final long ALL_THIRD = 0xAAAAAAAAL;

  /** Index 3 (one third first end, two thirds second) for all 16 pixels. */
  private static final long ALL_TWO_THIRDS = 0xFFFFFFFFL;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * 5- and 6-bit channels expanded to 8 bits as the graphics APIs' exact conversion gives them: c *
   * 255 / 31 (or 63), rounded. (FFmpeg's decoder gives one level less for 4 of the 96 values.)
   */
  private static final int[] FROM5 = expansion(5);

  private static final int[] FROM6 = expansion(6);

  /**
   * For each 8-bit level, the pair of 5-bit (6-bit) values whose two-thirds point decodes nearest
   * to it, as {@code near << 8 | far}: a flat block is then one colour of the palette, not only the
   * nearest RGB565 colour.
   */
  private static final int[] FLAT5 = singleColour(FROM5);

  private static final int[] FLAT6 = singleColour(FROM6);

  private Dxt1() {}

  /** Blocks across a picture {@code width} pixels wide. */
  public static int blocksAcross(int width) {
    return (width + BLOCK - 1) / BLOCK;
  }

  /** Blocks down a picture {@code height} pixels high. */
  public static int blocksDown(int height) {
    return (height + BLOCK - 1) / BLOCK;
  }

  /** Bytes of the texture of a {@code width x height} picture. */
  public static int textureBytes(int width, int height) {
    return blocksAcross(width) * blocksDown(height) * BLOCK_BYTES;
  }

  /**
   * Compresses the block rows {@code firstRow} to {@code endRow - 1} (all of them: 0 to {@link
   * #blocksDown}) into their place in the texture, so that bands of rows can be compressed side by
   * side.
   *
   * @param rgb the pixels as 0xRRGGBB ints, row by row from the top (bits above 24 are ignored)
   * @param texture at least {@link #textureBytes} bytes
   */
  public static void compress(
      int[] rgb, int width, int height, byte[] texture, int firstRow, int endRow) {
    if (width < 1 || height < 1 || rgb.length < width * height) {
      throw new IllegalArgumentException(
          rgb.length + " pixels do not make a " + width + "x" + height + " picture");
    }
    if (texture.length < textureBytes(width, height)) {
      throw new IllegalArgumentException(
          "a texture of " + texture.length + " bytes is too small for " + width + "x" + height);
    }
    int across = blocksAcross(width);
    int[] block = new int[BLOCK * BLOCK];
    for (int row = firstRow; row < endRow; row++) {
      int y0 = row * BLOCK;
      int offset = row * across * BLOCK_BYTES;
      for (int column = 0; column < across; column++, offset += BLOCK_BYTES) {
        gather(rgb, width, height, column * BLOCK, y0, block);
        LONGS.set(texture, offset, encode(block));
      }
    }
  }

  /**
   * One block's 16 pixels, row by row; past the picture's edge the last column and row repeat, so
   * the padding takes colours the block has anyway.
   */
  private static void gather(int[] rgb, int width, int height, int x0, int y0, int[] block) {
    if (x0 + BLOCK <= width && y0 + BLOCK <= height) {
      for (int y = 0; y < BLOCK; y++) {
        System.arraycopy(rgb, (y0 + y) * width + x0, block, y * BLOCK, BLOCK);
      }
      return;
    }
    for (int y = 0; y < BLOCK; y++) {
      int row = Math.min(y0 + y, height - 1) * width;
      for (int x = 0; x < BLOCK; x++) {
        block[y * BLOCK + x] = rgb[row + Math.min(x0 + x, width - 1)];
      }
    }
  }

  /**
   * The 8 bytes of one block as a little-endian long. The end colours are the extremes of the
   * block's colours along their principal axis ("range fit"), found by power iteration on the
   * colours' covariance.
   */
  static long encode(int[] block) {
    int first = block[0] & 0xFFFFFF;
    boolean flat = true;
    int sr = 0, sg = 0, sb = 0;
    int srr = 0, sgg = 0, sbb = 0, srg = 0, srb = 0, sgb = 0;
    for (int c : block) {
      flat &= (c & 0xFFFFFF) == first;
      int r = c >> 16 & 255;
      int g = c >> 8 & 255;
      int b = c & 255;
      sr += r;
      sg += g;
      sb += b;
      srr += r * r;
      sgg += g * g;
      sbb += b * b;
      srg += r * g;
      srb += r * b;
      sgb += g * b;
    }
    if (flat) {
      return flat(first >> 16, first >> 8 & 255, first & 255);
    }
    // The covariance times 256, exact in ints (16 * 16 * 255 * 255 fits).
    float crr = 16 * srr - sr * sr;
    float cgg = 16 * sgg - sg * sg;
    float cbb = 16 * sbb - sb * sb;
    float crg = 16 * srg - sr * sg;
    float crb = 16 * srb - sr * sb;
    float cgb = 16 * sgb - sg * sb;
    // Start from the covariance's column of the channel that varies most: never zero in a block
    // that is not flat, and it keeps the sign between channels that move opposite ways, which
    // the diagonal of the colours' bounding box loses (red against green has no variance along
    // it). Each step multiplies by the covariance, so no step comes to zero either.
    float vr;
    float vg;
    float vb;
    if (crr >= cgg && crr >= cbb) {
      vr = crr;
      vg = crg;
      vb = crb;
    } else if (cgg >= cbb) {
      vr = crg;
      vg = cgg;
      vb = cgb;
    } else {
      vr = crb;
      vg = cgb;
      vb = cbb;
    }
    for (int k = 0; k < AXIS_ITERATIONS; k++) {
      float nr = crr * vr + crg * vg + crb * vb;
      float ng = crg * vr + cgg * vg + cgb * vb;
      float nb = crb * vr + cgb * vg + cbb * vb;
      // Scaled to a largest component of 1, so the floats stay in range over the iterations.
      float scale = 1 / Math.max(Math.abs(nr), Math.max(Math.abs(ng), Math.abs(nb)));
      vr = nr * scale;
      vg = ng * scale;
      vb = nb * scale;
    }
    float low = Float.POSITIVE_INFINITY;
    float high = Float.NEGATIVE_INFINITY;
    for (int c : block) {
      float d = (c >> 16 & 255) * vr + (c >> 8 & 255) * vg + (c & 255) * vb;
      // Comparisons rather than Math.min and max, whose NaN rules cost time in this hot loop.
      if (d < low) {
        low = d;
      }
      if (d > high) {
        high = d;
      }
    }
    float mr = sr / 16f;
    float mg = sg / 16f;
    float mb = sb / 16f;
    float length2 = vr * vr + vg * vg + vb * vb;
    float centre = mr * vr + mg * vg + mb * vb;
    float tHigh = (high - centre) / length2;
    float tLow = (low - centre) / length2;
    int end0 = rgb565(mr + tHigh * vr, mg + tHigh * vg, mb + tHigh * vb);
    int end1 = rgb565(mr + tLow * vr, mg + tLow * vg, mb + tLow * vb);
    return withEnds(block, end0, end1);
  }

  /**
   * The block with these two ends, each pixel given the index of the nearest palette colour. The
   * four colours lie on the line between the ends, a third apart (up to the decoder's rounding), so
   * the nearest is found from where the pixel projects on that line: three multiplications a pixel
   * instead of four distances.
   */
  private static long withEnds(int[] block, int end0, int end1) {
    if (end0 == end1) {
      // One colour: index 0 in either mode, and never the 3-colour mode's black.
      return end0 | (long) end0 << 16;
    }
    int c0 = Math.max(end0, end1);
    int c1 = Math.min(end0, end1);
    int dr = FROM5[c0 >> 11] - FROM5[c1 >> 11];
    int dg = FROM6[c0 >> 5 & 63] - FROM6[c1 >> 5 & 63];
    int db = FROM5[c0 & 31] - FROM5[c1 & 31];
    int length2 = dr * dr + dg * dg + db * db;
    int origin = FROM5[c1 >> 11] * dr + FROM6[c1 >> 5 & 63] * dg + FROM5[c1 & 31] * db;
    long indices = 0;
    for (int i = BLOCK * BLOCK - 1; i >= 0; i--) {
      int c = block[i];
      // Six times the position on the line, from 0 at c1 to 6 at c0, times its length squared.
      int at = 6 * ((c >> 16 & 255) * dr + (c >> 8 & 255) * dg + (c & 255) * db - origin);
      int stop =
          (at >= length2 ? 1 : 0) + (at >= 3 * length2 ? 1 : 0) + (at >= 5 * length2 ? 1 : 0);
      indices = indices << 2 | INDEX_OF_STOP >> 2 * stop & 3;
    }
    return c0 | (long) c1 << 16 | indices << 32;
  }

  /**
   * A block of one colour: the pair of ends per channel whose two-thirds point decodes nearest to
   * it, every pixel on that point: exact for 144 of the 256 levels of red and blue (5 bits) and 249
   * of green (6 bits), one level off for the others.
   */
  static long flat(int r, int g, int b) {
    int near = (FLAT5[r] >> 8) << 11 | (FLAT6[g] >> 8) << 5 | FLAT5[b] >> 8;
    int far = (FLAT5[r] & 255) << 11 | (FLAT6[g] & 255) << 5 | FLAT5[b] & 255;
    if (near > far) {
      return near | (long) far << 16 | ALL_THIRD << 32;
    }
    if (near < far) {
      // The larger end must come first for the 4-colour mode: the point is then index 3.
      return far | (long) near << 16 | ALL_TWO_THIRDS << 32;
    }
    return near | (long) far << 16;
  }

  /** A colour, clamped to 0-255, to the nearest RGB565. */
  private static int rgb565(float r, float g, float b) {
    return quantise(r, 31) << 11 | quantise(g, 63) << 5 | quantise(b, 31);
  }

  private static int quantise(float level, int top) {
    float clamped = Math.max(0f, Math.min(255f, level));
    return (int) (clamped * top / 255f + 0.5f);
  }

  private static int[] expansion(int bits) {
    int top = (1 << bits) - 1;
    int[] levels = new int[top + 1];
    for (int c = 0; c <= top; c++) {
      levels[c] = (c * 255 + top / 2) / top;
    }
    return levels;
  }

  private static int[] singleColour(int[] expanded) {
    int[] pairs = new int[256];
    for (int level = 0; level < 256; level++) {
      int best = Integer.MAX_VALUE;
      for (int near = 0; near < expanded.length; near++) {
        for (int far = 0; far < expanded.length; far++) {
          int error = Math.abs((2 * expanded[near] + expanded[far]) / 3 - level);
          // Ties go to the closer pair: the same colour from both ends where it can be.
          int score = error * 1024 + Math.abs(expanded[near] - expanded[far]);
          if (score < best) {
            best = score;
            pairs[level] = near << 8 | far;
          }
        }
      }
    }
    return pairs;
  }
}
