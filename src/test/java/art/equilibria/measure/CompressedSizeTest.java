package art.equilibria.measure;

import static art.equilibria.measure.HandMade.batch;
import static art.equilibria.measure.HandMade.flat;
import static art.equilibria.measure.HandMade.grey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import art.equilibria.image.Images;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompressedSizeTest {
  private NDManager manager;

  @BeforeEach
  void open() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    manager.close();
  }

  /** Levels drawn uniformly from 0..255: nothing for deflate to find. */
  private NDArray noise(int side, long seed) {
    Random random = new Random(seed);
    float[] values = new float[3 * side * side];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(256);
    }
    return manager.create(values, new Shape(1, 3, side, side));
  }

  @Test
  void itIsThePngFileTheProjectWritesInBytesPerPixel() throws Exception {
    NDArray picture = noise(16, 1);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    Images.encodePng(Images.pictures(picture).get(0), png);
    assertEquals(png.size() / 256.0, new CompressedSize().of(picture).getFloat(0), 1e-6);
  }

  @Test
  void flatFieldsAreNearlyFreeAndNoiseCostsItsThreeBytes() {
    NDArray pictures =
        batch(
            flat(manager, 128, 128, 90, 160, 30),
            grey(manager, 128, 128, (y, x) -> x + y),
            noise(128, 2));
    float[] sizes = new CompressedSize().of(pictures).toFloatArray();
    assertTrue(sizes[0] < 0.05, "flat " + sizes[0]);
    assertTrue(sizes[0] < sizes[1] && sizes[1] < 1, "ramp " + sizes[1]);
    // 3 bytes of RGB, a filter byte per row of 128 and the file's fixed parts: 3.01.
    assertTrue(sizes[2] > 3 && sizes[2] < 3.02, "noise " + sizes[2]);
  }

  @Test
  void noiseStaysUnderTheBoundDownToTenByTenPixels() {
    for (int side : new int[] {10, 11, 16, 32}) {
      double size = new CompressedSize().of(noise(side, side)).getFloat(0);
      assertTrue(size <= CompressedSize.MAX, side + " x " + side + ": " + size);
    }
    assertFalse(new CompressedSize().about().differentiable());
  }
}
