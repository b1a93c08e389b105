package art.equilibria.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each measure on small hand-made pictures whose values are worked out by hand. */
class MeasuresTest {
  private NDManager manager;

  @BeforeEach
  void open() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    manager.close();
  }

  /** One picture of h x w pixels from per-pixel RGB triples, row by row. */
  private NDArray picture(int h, int w, float... rgb) {
    float[] planar = new float[rgb.length];
    int pixels = h * w;
    for (int p = 0; p < pixels; p++) {
      for (int c = 0; c < 3; c++) {
        planar[c * pixels + p] = rgb[p * 3 + c];
      }
    }
    return manager.create(planar, new Shape(1, 3, h, w));
  }

  /** A picture of one colour. */
  private NDArray flat(int side, float r, float g, float b) {
    float[] rgb = new float[side * side * 3];
    for (int p = 0; p < side * side; p++) {
      rgb[p * 3] = r;
      rgb[p * 3 + 1] = g;
      rgb[p * 3 + 2] = b;
    }
    return picture(side, side, rgb);
  }

  @Test
  void clippedCountsChannelValuesWithinEightOfEitherEnd() {
    // 12 values; 0, 8, 247, 255 and 3 are clipped; 9, 246, 128 ... are not.
    NDArray p = picture(2, 2, 0, 8, 9, 247, 246, 255, 128, 128, 3, 100, 200, 128);
    assertArrayEquals(new float[] {5 / 12f}, new Clipped().of(p).toFloatArray(), 1e-6f);
  }

  @Test
  void midToneCountsPixelsWhoseThreeChannelsAllLieInside() {
    // Pixels: all inside (ends included), one channel below, one above, all inside.
    NDArray p = picture(2, 2, 24, 231, 100, 23, 100, 100, 100, 232, 100, 128, 128, 128);
    assertArrayEquals(new float[] {0.5f}, new MidTone().of(p).toFloatArray(), 1e-6f);
  }

  @Test
  void colourfulnessIsZeroForGreyAndFollowsHaslerSusstrunkForColour() {
    assertEquals(0, new Colourfulness().of(flat(4, 90, 90, 90)).getFloat(0), 1e-4);
    // Pure red: rg = 255, yb = 127.5 everywhere, no spread: 0.3 * sqrt(255² + 127.5²).
    double red = 0.3 * Math.hypot(255, 127.5);
    assertEquals(red, new Colourfulness().of(flat(4, 255, 0, 0)).getFloat(0), 1e-3);
    // Half black, half white: rg = 0, yb is 0 for both, so grey: 0.
    NDArray split = picture(1, 2, 0, 0, 0, 255, 255, 255);
    assertEquals(0, new Colourfulness().of(split).getFloat(0), 1e-4);
    // Half red, half green: rg is +255 or -255 (sd 255, mean 0); yb is 127.5 in both (sd 0).
    NDArray redGreen = picture(1, 2, 255, 0, 0, 0, 255, 0);
    assertEquals(255 + 0.3 * 127.5, new Colourfulness().of(redGreen).getFloat(0), 1e-3);
  }

  @Test
  void sharpnessIsZeroOnAFlatFieldAndTheSlopeOnARamp() {
    assertEquals(0, new Sharpness().of(flat(128, 50, 120, 200)).getFloat(0), 1e-5);
    // A grey ramp rising one level per pixel from left to right, already at the measuring scale.
    float[] rgb = new float[128 * 128 * 3];
    for (int y = 0; y < 128; y++) {
      for (int x = 0; x < 128; x++) {
        for (int c = 0; c < 3; c++) {
          rgb[(y * 128 + x) * 3 + c] = x;
        }
      }
    }
    assertEquals(1.0, new Sharpness().of(picture(128, 128, rgb)).getFloat(0), 1e-4);
  }

  @Test
  void sharpnessIsMeasuredAtOneScaleWhateverTheResolution() {
    // The same two-colour field at 64 and at 256 pixels scores (nearly) the same.
    double small = new Sharpness().of(halves(64)).getFloat(0);
    double large = new Sharpness().of(halves(256)).getFloat(0);
    assertEquals(small, large, 0.05 * small);
  }

  private NDArray halves(int side) {
    float[] rgb = new float[side * side * 3];
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        float v = x < side / 2 ? 40 : 220;
        for (int c = 0; c < 3; c++) {
          rgb[(y * side + x) * 3 + c] = v;
        }
      }
    }
    return picture(side, side, rgb);
  }

  @Test
  void vendiIsOneForCopiesAndTheCountForUnlikePictures() {
    NDArray red = flat(16, 255, 127.5f, 127.5f);
    NDArray green = flat(16, 127.5f, 255, 127.5f);
    NDArray blue = flat(16, 127.5f, 127.5f, 255);
    // Around mid-grey the three are orthogonal: three different pictures.
    assertEquals(3, Vendi.of(red.concat(green).concat(blue)), 1e-4);
    assertEquals(1, Vendi.of(red.concat(red).concat(red)), 1e-4);
    // Two kinds, two copies each: two.
    assertEquals(2, Vendi.of(red.concat(red).concat(blue).concat(blue)), 1e-4);
  }

  @Test
  void vendiOfFeaturesComparesHowTheyDifferFromTheirMean() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray same = m.create(new float[] {1, 2, 3, 1, 2, 3, 1, 2, 3}, new Shape(3, 3));
      assertEquals(1, Vendi.ofFeatures(same), 1e-6);
      // Four one-hot vectors: centred, their cosines are -1/3, so they span three directions.
      assertEquals(3, Vendi.ofFeatures(m.eye(4)), 1e-4);
      NDArray pairs = m.create(new float[] {5, 0, 5, 0, 0, 5, 0, 5}, new Shape(4, 2));
      assertEquals(1, Vendi.ofFeatures(pairs), 1e-4);
    }
  }

  @Test
  void onlyCountsOverThresholdsAndTheCompressorHaveNoGradient() {
    for (Measure m : Measures.installed().all().values()) {
      boolean counts = List.of("clipped", "mid-tone", "compressed-size").contains(m.about().name());
      assertEquals(!counts, m.about().differentiable(), m.about().name());
    }
  }

  @Test
  void everyMeasureGivesEachPictureOfABatchItsOwnValue() {
    NDArray one = flat(8, 10, 200, 250);
    NDArray two = picture(1, 2, 255, 0, 0, 0, 0, 255).repeat(2, 8).repeat(3, 4);
    for (Measure m : Measures.installed().all().values()) {
      float[] apart = {m.of(one).getFloat(0), m.of(two).getFloat(0)};
      assertArrayEquals(
          apart,
          m.of(one.concat(two)).toFloatArray(),
          (float) (1e-4 * (1 + Math.abs(apart[1]))),
          m.about().name());
    }
  }

  @Test
  void everyMeasureLeavesNothingBehindOnceItsScopeCloses() {
    NDArray levels = flat(8, 10, 200, 250);
    int before = manager.getManagedArrays().size();
    for (Measure m : Measures.installed().all().values()) {
      try (NDScope scope = new NDScope()) {
        m.of(levels);
        m.ofBatch(levels);
      }
      assertEquals(before, manager.getManagedArrays().size(), m.about().name());
    }
  }

  @Test
  void everyBuiltInMeasureIsInstalledWithARange() {
    Measures measures = Measures.installed();
    assertEquals(
        List.of(
            "clipped",
            "mid-tone",
            "colourfulness",
            "sharpness",
            "brightness",
            "hue",
            "complexity",
            "compressed-size",
            "symmetry-lr",
            "symmetry-tb"),
        measures.names());
    for (Measure m : measures.all().values()) {
      NDArray values = m.of(flat(8, 10, 200, 250));
      double v = values.getFloat(0);
      org.junit.jupiter.api.Assertions.assertTrue(
          v >= m.about().min() && v <= m.about().max(), m.about().name() + " " + v + " outside");
    }
  }
}
