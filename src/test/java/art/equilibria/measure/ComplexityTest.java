package art.equilibria.measure;

import static art.equilibria.measure.HandMade.batch;
import static art.equilibria.measure.HandMade.flat;
import static art.equilibria.measure.HandMade.grey;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ComplexityTest {
  private NDManager manager;

  @BeforeEach
  void open() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    manager.close();
  }

  private double complexity(NDArray picture) {
    return new Complexity().of(picture).getFloat(0);
  }

  @Test
  void aFlatFieldAndAOnePixelCheckerboardScoreZero() {
    // Not quite 0 in float32: the convolution's sums round differently.
    assertEquals(0, complexity(flat(manager, 8, 8, 30, 140, 220)), 1e-5);
    // Around any pixel of a one-pixel checkerboard the left and right (and upper and lower)
    // neighbours are alike, so both Sobel kernels answer 0.
    assertEquals(0, complexity(grey(manager, 8, 8, (y, x) -> (x + y) % 2 * 255)), 1e-4);
  }

  @Test
  void aRampScoresItsSlopeAndStripesTwoPixelsWideScoreHalfTheRangePerPixel() {
    assertEquals(1, complexity(grey(manager, 8, 8, (y, x) -> 100 + x)), 1e-4);
    // Columns 0, 0, 255, 255, ...: every pixel's left and right neighbours differ by 255, so the
    // slope is 255 over 2 pixels.
    assertEquals(127.5, complexity(grey(manager, 8, 8, (y, x) -> x / 2 % 2 * 255)), 1e-3);
  }

  @Test
  void aCheckerboardOfTwoPixelSquaresScoresRootEightOverEightOfTheRange() {
    // Every 3 x 3 neighbourhood is, up to turning and inverting, 0 0 1 / 0 0 1 / 1 1 0 (times
    // 255): the kernels answer 2 and 2 (times 255, over 8), a magnitude of √8 · 255 / 8 = 90.156.
    NDArray squares = grey(manager, 8, 8, (y, x) -> (x / 2 + y / 2) % 2 * 255);
    assertEquals(Math.sqrt(8) * 255 / 8, complexity(squares), 1e-3);
  }

  @Test
  void theLargestValueIsReachedByBlackWithAWhiteCornerOfFivePixels() {
    // 0 0 0 / 0 0 1 / 1 1 1: gx = 4 and gy = 2 (times 255), the largest |g| = √20 · 255 any 3 x 3
    // neighbourhood of 0..255 levels gives (checked over all 512 black-and-white neighbourhoods;
    // |g|² is convex in the levels, so its largest value is at one of them).
    NDArray corner = grey(manager, 3, 3, (y, x) -> y == 2 || (y == 1 && x == 2) ? 255 : 0);
    assertEquals(255 * Math.sqrt(20) / 8, Complexity.MAX, 1e-12);
    assertEquals(Complexity.MAX, complexity(corner), 1e-3);
    assertEquals(Complexity.MAX, new Complexity().about().max(), 0);
  }

  @Test
  void greenEdgesCountMoreThanBlueOnesAsTheLumaWeighsThem() {
    NDArray green =
        grey(manager, 4, 4, (y, x) -> x < 2 ? 0 : 255)
            .mul(manager.create(new float[] {0, 1, 0}).reshape(1, 3, 1, 1));
    NDArray blue =
        grey(manager, 4, 4, (y, x) -> x < 2 ? 0 : 255)
            .mul(manager.create(new float[] {0, 0, 1}).reshape(1, 3, 1, 1));
    // A step of 255 across a 4 x 4 picture: every one of the 2 x 2 inner pixels sees it, 127.5.
    assertArrayEquals(
        new float[] {0.7152f * 127.5f, 0.0722f * 127.5f},
        new Complexity().of(batch(green, blue)).toFloatArray(),
        1e-3f);
  }

  @Test
  void aPictureSmallerThanThreePixelsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> complexity(flat(manager, 2, 5, 0, 0, 0)));
  }
}
