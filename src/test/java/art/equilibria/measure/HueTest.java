package art.equilibria.measure;

import static art.equilibria.measure.HandMade.batch;
import static art.equilibria.measure.HandMade.flat;
import static art.equilibria.measure.HandMade.picture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HueTest {
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
  void primariesAndSecondariesLieSixtyDegreesApart() {
    NDArray six =
        batch(
            flat(manager, 2, 2, 255, 0, 0),
            flat(manager, 2, 2, 255, 255, 0),
            flat(manager, 2, 2, 0, 255, 0),
            flat(manager, 2, 2, 0, 255, 255),
            flat(manager, 2, 2, 0, 0, 255),
            flat(manager, 2, 2, 255, 0, 255));
    assertArrayEquals(
        new float[] {0, 60, 120, 180, 240, 300}, new Hue().of(six).toFloatArray(), 1e-3f);
    // Paler and darker reds are still red: hue ignores how much colour there is.
    assertEquals(0, new Hue().of(flat(manager, 2, 2, 120, 60, 60)).getFloat(0), 1e-3);
  }

  @Test
  void halfRedHalfMagentaIsTheCircularMidpointNotTheArithmeticOne() {
    // Mean colour (255, 0, 127.5): α = 191.25, β = -(√3/2) 127.5, so atan2 gives -30°: 330, where
    // the mean of the angles 0 and 300 would be 150.
    NDArray p = picture(manager, 1, 2, 255, 0, 0, 255, 0, 255);
    assertEquals(330, new Hue().of(p).getFloat(0), 1e-3);
  }

  @Test
  void theHueOfABatchIsThatOfItsMeanChromaNotTheMeanOfItsHues() {
    // Red (0) and (255, 0, 127.5) (330): their hues average to 165, a cyan-green; the batch's mean
    // colour (255, 0, 63.75) has α = 223.125, β = -(√3/2) 63.75: -13.898°, so 346.10.
    NDArray two = batch(flat(manager, 2, 2, 255, 0, 0), flat(manager, 2, 2, 255, 0, 127.5f));
    double expected = 360 + Math.toDegrees(Math.atan2(-Math.sqrt(3) / 2 * 63.75, 223.125));
    assertEquals(expected, new Hue().ofBatch(two).getFloat(), 1e-3);
    assertEquals(346.10, expected, 0.01);
  }

  @Test
  void aPictureWithoutHueGetsZeroAndAZeroGradient() {
    // Grey, and half red half cyan whose chroma vectors cancel.
    NDArray grey = flat(manager, 2, 2, 128, 128, 128);
    NDArray cancelling = picture(manager, 1, 2, 255, 0, 0, 0, 255, 255);
    for (NDArray p : new NDArray[] {grey, cancelling}) {
      p.setRequiresGradient(true);
      try (GradientCollector c = Engine.getInstance().newGradientCollector()) {
        NDArray hue = new Hue().of(p);
        assertEquals(0, hue.getFloat(0), 0);
        c.backward(hue.sum());
      }
      for (float g : p.getGradient().toFloatArray()) {
        assertEquals(0, g, 0);
      }
    }
  }
}
