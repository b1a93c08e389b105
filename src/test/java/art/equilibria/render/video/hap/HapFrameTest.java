package art.equilibria.render.video.hap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.airlift.compress.snappy.SnappyDecompressor;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HapFrameTest {
  private static final int WIDTH = 64;
  private static final int HEIGHT = 48;

  @Test
  void theShortHeaderIsTheLengthInThreeLittleEndianBytesThenTheType() {
    assertEquals("563412bb", HexFormat.of().formatHex(HapFrame.header(0x123456, 0xBB)));
    assertEquals("ffffffab", HexFormat.of().formatHex(HapFrame.header(0xFFFFFF, 0xAB)));
  }

  @Test
  void dataOf16MibOrMoreGetsTheLongHeader() {
    // An 8K texture is 17.7 MB: three zero bytes, the type, then the length in four bytes.
    assertEquals("000000ab00000001", HexFormat.of().formatHex(HapFrame.header(0x1000000, 0xAB)));
  }

  @Test
  void aTextureThatSnappyShrinksIsStoredCompressed() {
    int[] flat = new int[WIDTH * HEIGHT];
    Arrays.fill(flat, 0x336699);
    byte[] frame = bytes(new HapFrame(WIDTH, HEIGHT).pack(flat));

    assertEquals(HapFrame.DXT1_SNAPPY, frame[3] & 255);
    assertEquals(frame.length - 4, length(frame));
    byte[] texture = new byte[Dxt1.textureBytes(WIDTH, HEIGHT)];
    int unpacked =
        new SnappyDecompressor().decompress(frame, 4, frame.length - 4, texture, 0, texture.length);
    assertEquals(texture.length, unpacked);
    assertArrayEquals(texture(flat), texture);
    assertTrue(frame.length < texture.length / 4, frame.length + " bytes");
  }

  @Test
  void aTextureThatSnappyCannotShrinkIsStoredAsItIs() {
    Random random = new Random(3);
    int[] noise = new int[WIDTH * HEIGHT];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = random.nextInt(1 << 24);
    }
    byte[] frame = bytes(new HapFrame(WIDTH, HEIGHT).pack(noise));

    assertEquals(HapFrame.DXT1, frame[3] & 255);
    assertEquals(frame.length - 4, length(frame));
    assertArrayEquals(texture(noise), Arrays.copyOfRange(frame, 4, frame.length));
  }

  @Test
  void eachPackIsOfItsOwnPicture() {
    HapFrame hap = new HapFrame(WIDTH, HEIGHT);
    int[] dark = new int[WIDTH * HEIGHT];
    int[] light = new int[WIDTH * HEIGHT];
    Arrays.fill(light, 0xEEEEEE);
    byte[] first = bytes(hap.pack(dark));
    byte[] second = bytes(hap.pack(light));
    assertArrayEquals(bytes(new HapFrame(WIDTH, HEIGHT).pack(dark)), first);
    assertArrayEquals(bytes(new HapFrame(WIDTH, HEIGHT).pack(light)), second);
  }

  private static byte[] texture(int[] rgb) {
    byte[] texture = new byte[Dxt1.textureBytes(WIDTH, HEIGHT)];
    Dxt1.compress(rgb, WIDTH, HEIGHT, texture, 0, Dxt1.blocksDown(HEIGHT));
    return texture;
  }

  private static int length(byte[] frame) {
    return (frame[0] & 255) | (frame[1] & 255) << 8 | (frame[2] & 255) << 16;
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }
}
