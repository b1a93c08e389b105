package art.equilibria.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import art.equilibria.piece.Display;
import org.junit.jupiter.api.Test;

/** The display mappings on known values. */
class ToneMapTest {

  @Test
  void clampShowsMinusOneBlackOneWhiteAndClipsBeyond() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray values = m.create(new float[] {-2, -1, 0, 0.5f, 1, 3}, new Shape(1, 3, 1, 2));
      ToneMap tone = ToneMap.measure(Display.CLAMP, values);
      assertSame(ToneMap.CLAMP, tone);
      assertArrayEquals(
          new float[] {0, 0, 127.5f, 191.25f, 255, 255}, tone.levels(values).toFloatArray(), 1e-4f);
    }
  }

  @Test
  void stretchPutsTheHalfPercentTailsAtBlackAndWhite() {
    try (NDManager m = NDManager.newBaseManager()) {
      // 0, 1, ..., 1199 in any order: 0.5% of 1200 values is 6 at each end.
      float[] v = new float[1200];
      for (int i = 0; i < v.length; i++) {
        v[i] = (i * 7919) % 1200;
      }
      NDArray values = m.create(v, new Shape(4, 3, 10, 10));
      ToneMap tone = ToneMap.measure(Display.STRETCH, values);
      // Ranks round(0.005 * 1199) = 6 and round(0.995 * 1199) = 1193.
      assertArrayEquals(new double[] {6, 6, 6}, tone.low(), 0);
      assertArrayEquals(new double[] {1193, 1193, 1193}, tone.high(), 0);
      NDArray probe = m.create(new float[] {0, 6, 599.5f, 1193, 1199, -50}, new Shape(1, 3, 1, 2));
      assertArrayEquals(
          new float[] {0, 0, 127.5f, 255, 255, 0}, tone.levels(probe).toFloatArray(), 1e-3f);
    }
  }

  @Test
  void stretchChannelsGivesEachChannelItsOwnRange() {
    try (NDManager m = NDManager.newBaseManager()) {
      // One picture of 201 pixels: red 0..200, green ten times that, blue -100..100.
      float[] v = new float[3 * 201];
      for (int i = 0; i <= 200; i++) {
        v[i] = i;
        v[201 + i] = 10 * i;
        v[402 + i] = i - 100;
      }
      NDArray values = m.create(v, new Shape(1, 3, 1, 201));
      ToneMap tone = ToneMap.measure(Display.STRETCH_CHANNELS, values);
      // Ranks round(0.005 * 200) = 1 and round(0.995 * 200) = 199 in each channel.
      assertArrayEquals(new double[] {1, 10, -99}, tone.low(), 0);
      assertArrayEquals(new double[] {199, 1990, 99}, tone.high(), 0);
      // Each channel's middle is mid-grey.
      NDArray middle = m.create(new float[] {100, 1000, 0}, new Shape(1, 3, 1, 1));
      assertArrayEquals(
          new float[] {127.5f, 127.5f, 127.5f}, tone.levels(middle).toFloatArray(), 1e-3f);
      // Thinned to a few values per channel, the measure is about the same.
      ToneMap thinned = ToneMap.measure(Display.STRETCH_CHANNELS, ToneMap.thin(values, 303));
      assertArrayEquals(tone.low(), thinned.low(), 1.5);
      assertArrayEquals(tone.high(), thinned.high(), 15);
    }
  }

  @Test
  void stretchIsTheSameForTheSameValuesScaledAndShifted() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray values = m.randomNormal(new Shape(8, 3, 16, 16));
      NDArray wider = values.mul(1000).add(5000);
      NDArray a = ToneMap.measure(Display.STRETCH, values).levels(values);
      NDArray b = ToneMap.measure(Display.STRETCH, wider).levels(wider);
      assertArrayEquals(a.toFloatArray(), b.toFloatArray(), 1e-2f);
    }
  }

  @Test
  void aFlatOutputIsShownMidGreyRatherThanDividedByZero() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray flat = m.full(new Shape(2, 3, 4, 4), 7f);
      ToneMap tone = ToneMap.measure(Display.STRETCH, flat);
      assertEquals(127.5f, tone.levels(flat).getFloat(0, 0, 0, 0), 1e-4f);
    }
  }
}
