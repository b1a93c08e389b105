package art.equilibria.qd.emitter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RandomEmitterTest {
  @Test
  void drawsStandardNormalLatentsTimesTheScale() {
    double[][] xs = new RandomEmitter(8, 2.5, 1000, 1).ask();
    assertEquals(1000, xs.length);
    double sum = 0;
    double squares = 0;
    for (double[] x : xs) {
      assertEquals(8, x.length);
      for (double v : x) {
        sum += v;
        squares += v * v;
      }
    }
    assertEquals(0, sum / 8000, 0.06);
    assertEquals(2.5, Math.sqrt(squares / 8000), 0.06);
  }

  @Test
  void eachAskDrawsAfreshAndTheSameSeedRepeatsTheDraws() {
    RandomEmitter a = new RandomEmitter(4, 1, 3, 9);
    RandomEmitter b = new RandomEmitter(4, 1, 3, 9);
    double[][] first = a.ask();
    assertArrayEquals(first[0], b.ask()[0]);
    assertFalse(Arrays.equals(first[0], a.ask()[0]));
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new RandomEmitter(0, 1, 3, 9));
    assertThrows(IllegalArgumentException.class, () -> new RandomEmitter(4, 0, 3, 9));
    assertThrows(IllegalArgumentException.class, () -> new RandomEmitter(4, 1, 0, 9));
  }
}
