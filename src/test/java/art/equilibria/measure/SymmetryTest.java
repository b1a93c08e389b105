package art.equilibria.measure;

import static art.equilibria.measure.HandMade.batch;
import static art.equilibria.measure.HandMade.grey;
import static art.equilibria.measure.HandMade.picture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SymmetryTest {
  private NDManager manager;

  @BeforeEach
  void open() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    manager.close();
  }

  @Test
  void aPictureMadeOfItsMirrorImageIsPerfectlySymmetric() {
    // Random levels, then the right half replaced by the left half mirrored (5 columns: the middle
    // one is its own mirror image).
    Random random = new Random(3);
    float[] values = new float[3 * 4 * 5];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(256);
    }
    NDArray noise = manager.create(values, new Shape(1, 3, 4, 5));
    NDArray mirrored = noise.get(":, :, :, :2").concat(noise.get(":, :, :, :3").flip(3), 3);
    assertEquals(1, new LeftRightSymmetry().of(mirrored).getFloat(0), 1e-6);
    assertTrue(new TopBottomSymmetry().of(mirrored).getFloat(0) < 0.9);
    NDArray upright = mirrored.transpose(0, 1, 3, 2);
    assertEquals(1, new TopBottomSymmetry().of(upright).getFloat(0), 1e-6);
  }

  @Test
  void blackAndWhiteHalvesAreOppositeAcrossTheirBorderAndAlikeAlongIt() {
    NDArray halves = grey(manager, 4, 4, (y, x) -> x < 2 ? 0 : 255);
    assertEquals(0, new LeftRightSymmetry().of(halves).getFloat(0), 1e-6);
    assertEquals(1, new TopBottomSymmetry().of(halves).getFloat(0), 1e-6);
  }

  @Test
  void theMeanDifferenceIsTakenOverEveryChannelValue() {
    // Two pixels, (100, 50, 0) and (40, 50, 255): the channels differ by 60, 0 and 255 from their
    // mirror values, each counted from both sides: mean 105 over the 6 values, 1 - 105/255.
    NDArray two = picture(manager, 1, 2, 100, 50, 0, 40, 50, 255);
    // Three pixels in a row, grey 0, 51 and 255: the middle one matches itself; mean 2 * 255 / 3.
    NDArray three = picture(manager, 1, 3, 0, 0, 0, 51, 51, 51, 255, 255, 255);
    assertArrayEquals(
        new float[] {1 - 105 / 255f}, new LeftRightSymmetry().of(two).toFloatArray(), 1e-6f);
    assertArrayEquals(
        new float[] {1 - 2 / 3f}, new LeftRightSymmetry().of(three).toFloatArray(), 1e-6f);
    // A single row is its own top-bottom mirror; in a batch, each picture keeps its own value.
    NDArray batch = batch(two, grey(manager, 1, 2, (y, x) -> 7));
    assertArrayEquals(new float[] {1, 1}, new TopBottomSymmetry().of(batch).toFloatArray(), 1e-6f);
    assertArrayEquals(
        new float[] {1 - 105 / 255f, 1}, new LeftRightSymmetry().of(batch).toFloatArray(), 1e-6f);
  }
}
