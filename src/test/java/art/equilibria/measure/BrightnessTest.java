package art.equilibria.measure;

import static art.equilibria.measure.HandMade.batch;
import static art.equilibria.measure.HandMade.flat;
import static art.equilibria.measure.HandMade.picture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BrightnessTest {
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
  void aGreyIsItsOwnLevelAndBlackAndWhiteHalvesAreMidway() {
    float[] values =
        new Brightness()
            .of(
                batch(
                    flat(manager, 1, 2, 90, 90, 90),
                    picture(manager, 1, 2, 0, 0, 0, 255, 255, 255)))
            .toFloatArray();
    assertArrayEquals(new float[] {90, 127.5f}, values, 1e-4f);
  }

  @Test
  void primariesWeighByRec709() {
    float[] values =
        new Brightness()
            .of(
                batch(
                    flat(manager, 2, 2, 255, 0, 0),
                    flat(manager, 2, 2, 0, 255, 0),
                    flat(manager, 2, 2, 0, 0, 255)))
            .toFloatArray();
    // 0.2126, 0.7152 and 0.0722 of 255.
    assertArrayEquals(new float[] {54.213f, 182.376f, 18.411f}, values, 1e-3f);
  }
}
