package art.equilibria.qd.emitter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.qd.archive.GridArchive;
import art.equilibria.qd.archive.Range;
import art.equilibria.qd.archive.Thresholds;
import java.util.List;
import org.junit.jupiter.api.Test;

class GaussianEmitterTest {
  private static GridArchive archive() {
    return new GridArchive(3, new int[] {10}, List.of(new Range(0, 1)), Thresholds.ELITIST, 0);
  }

  @Test
  void whileTheArchiveIsEmptyItPerturbsX0BySigma() {
    double[] x0 = {3, -3, 1};
    double[][] xs = new GaussianEmitter(archive(), x0, 0.2, 4000, Bounds.NONE, 1).ask();
    assertEquals(4000, xs.length);
    for (int i = 0; i < 3; i++) {
      double mean = 0;
      double squares = 0;
      for (double[] x : xs) {
        mean += x[i] / xs.length;
        squares += (x[i] - x0[i]) * (x[i] - x0[i]) / xs.length;
      }
      assertEquals(x0[i], mean, 0.02);
      assertEquals(0.2, Math.sqrt(squares), 0.01);
    }
  }

  @Test
  void onceTheArchiveHoldsElitesItPerturbsThem() {
    GridArchive archive = archive();
    archive.add(
        new double[][] {{10, 10, 10}, {-10, -10, -10}},
        new double[] {1, 1},
        new double[][] {{0.1}, {0.9}});
    double[][] xs = new GaussianEmitter(archive, new double[3], 0.1, 200, Bounds.NONE, 2).ask();
    int near = 0;
    for (double[] x : xs) {
      double centre = x[0] > 0 ? 10 : -10;
      near += x[0] > 0 ? 1 : 0;
      for (double v : x) {
        assertEquals(centre, v, 0.6);
      }
    }
    assertTrue(near > 60 && near < 140, "drawn from the first elite: " + near + " of 200");
  }

  @Test
  void solutionsAreClippedIntoTheBounds() {
    double[][] xs =
        new GaussianEmitter(archive(), new double[3], 1, 100, new Bounds(-0.1, 0.1), 3).ask();
    int atBound = 0;
    for (double[] x : xs) {
      for (double v : x) {
        assertTrue(v >= -0.1 && v <= 0.1, "outside the bounds: " + v);
        atBound += Math.abs(v) == 0.1 ? 1 : 0;
      }
    }
    assertTrue(atBound > 150, "clipped values: " + atBound);
  }

  @Test
  void theSameSeedAsksTheSameSolutions() {
    double[][] a = new GaussianEmitter(archive(), new double[3], 1, 5, Bounds.NONE, 7).ask();
    double[][] b = new GaussianEmitter(archive(), new double[3], 1, 5, Bounds.NONE, 7).ask();
    for (int k = 0; k < a.length; k++) {
      assertArrayEquals(a[k], b[k]);
    }
  }

  @Test
  void aStartOfTheWrongLengthIsRefused() {
    String message =
        assertThrows(
                IllegalArgumentException.class,
                () -> new GaussianEmitter(archive(), new double[2], 1, 5, Bounds.NONE, 7))
            .getMessage();
    assertTrue(message.contains("solution dimension 3"), message);
    assertThrows(IllegalArgumentException.class, () -> new Bounds(1, -1));
  }
}
