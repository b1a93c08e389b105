package art.equilibria.qd.opt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CmaEsTest {
  /** Runs generations, ranking by {@code fitness} (higher first), with mu = lambda / 2 parents. */
  private static double[] optimise(CmaEs es, ToDoubleFunction<double[]> fitness, int generations) {
    for (int g = 0; g < generations; g++) {
      double[][] xs = es.ask();
      int[] ranking =
          IntStream.range(0, xs.length)
              .boxed()
              .sorted(
                  Comparator.comparingDouble((Integer k) -> fitness.applyAsDouble(xs[k]))
                      .reversed())
              .mapToInt(Integer::intValue)
              .toArray();
      es.tell(ranking, xs.length / 2);
    }
    return es.mean();
  }

  private static double sphere(double[] x, double centre) {
    return Arrays.stream(x).map(v -> (v - centre) * (v - centre)).sum();
  }

  @Test
  void minimisesATwentyDimensionalSphere() {
    double[] x0 = new double[20];
    Arrays.fill(x0, 3);
    CmaEs es = new CmaEs(x0, 12, 1, 7);
    double[] best = optimise(es, x -> -sphere(x, 0), 400);
    assertTrue(sphere(best, 0) < 1e-10, "sphere at the final mean: " + sphere(best, 0));
  }

  @Test
  void maximisesANegativeShiftedSphereInTenDimensions() {
    CmaEs es = new CmaEs(new double[10], 10, 0.5, 3);
    double[] best = optimise(es, x -> 100 - sphere(x, 2.048), 300);
    for (double v : best) {
      assertEquals(2.048, v, 1e-5);
    }
  }

  @Test
  void adaptsToAnIllConditionedEllipsoid() {
    // Axis scales 1 .. 1000; pycma needs about 6000 evaluations here, an isotropic ES far more.
    int n = 10;
    ToDoubleFunction<double[]> ellipsoid =
        x ->
            -IntStream.range(0, n)
                .mapToDouble(i -> Math.pow(1e6, i / (n - 1.0)) * x[i] * x[i])
                .sum();
    double[] x0 = new double[n];
    Arrays.fill(x0, 1);
    double[] best = optimise(new CmaEs(x0, 10, 1, 11), ellipsoid, 800);
    assertTrue(
        -ellipsoid.applyAsDouble(best) < 1e-8, "ellipsoid: " + -ellipsoid.applyAsDouble(best));
  }

  @Test
  void convergesOnASphereAndARotatedEllipsoidIn64Dimensions() {
    int n = 64;
    double[] x0 = new double[n];
    Arrays.fill(x0, 1);
    double[] sphereBest = optimise(new CmaEs(x0, 16, 1, 5), x -> -sphere(x, 0), 600);
    assertTrue(sphere(sphereBest, 0) < 1e-8, "64-d sphere: " + sphere(sphereBest, 0));
    // Axis scales 1 .. 1000 in a random orthonormal basis: only an adapted covariance follows it.
    double[][] basis = orthonormal(n, new java.util.SplittableRandom(9));
    ToDoubleFunction<double[]> rotated =
        x -> {
          double f = 0;
          for (int i = 0; i < n; i++) {
            double y = 0;
            for (int j = 0; j < n; j++) {
              y += basis[i][j] * x[j];
            }
            f += Math.pow(1e3, i / (n - 1.0)) * y * y;
          }
          return -f;
        };
    double[] best = optimise(new CmaEs(x0, 16, 1, 13), rotated, 3000);
    assertTrue(-rotated.applyAsDouble(best) < 1e-6, "rotated: " + -rotated.applyAsDouble(best));
  }

  /** Rows of a random orthonormal matrix: Gram-Schmidt on Gaussian vectors. */
  private static double[][] orthonormal(int n, java.util.SplittableRandom random) {
    double[][] q = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        q[i][j] = random.nextGaussian();
      }
      for (int k = 0; k < i; k++) {
        double dot = 0;
        for (int j = 0; j < n; j++) {
          dot += q[i][j] * q[k][j];
        }
        for (int j = 0; j < n; j++) {
          q[i][j] -= dot * q[k][j];
        }
      }
      double norm = Math.sqrt(Arrays.stream(q[i]).map(v -> v * v).sum());
      for (int j = 0; j < n; j++) {
        q[i][j] /= norm;
      }
    }
    return q;
  }

  @Test
  void theSameSeedDrawsTheSameSamplesAndAnotherSeedOthers() {
    double[][] a = new CmaEs(new double[5], 6, 1, 42).ask();
    double[][] b = new CmaEs(new double[5], 6, 1, 42).ask();
    double[][] c = new CmaEs(new double[5], 6, 1, 43).ask();
    for (int k = 0; k < a.length; k++) {
      assertArrayEquals(a[k], b[k]);
    }
    assertFalse(Arrays.equals(a[0], c[0]));
  }

  @Test
  void samplesSpreadAroundTheMeanBySigma() {
    double[] x0 = {5, -5};
    CmaEs es = new CmaEs(x0, 2, 0.1, 1);
    double sum = 0;
    double squares = 0;
    int n = 0;
    for (int g = 0; g < 2000; g++) {
      for (double[] x : es.ask()) {
        for (int i = 0; i < 2; i++) {
          sum += x[i] - x0[i];
          squares += (x[i] - x0[i]) * (x[i] - x0[i]);
          n++;
        }
      }
    }
    assertEquals(0, sum / n, 0.01);
    assertEquals(0.1, Math.sqrt(squares / n), 0.005);
  }

  @Test
  void noParentsLeaveTheDistributionAsItIs() {
    CmaEs es = new CmaEs(new double[] {1, 2, 3}, 4, 0.3, 5);
    es.ask();
    es.tell(new int[] {0, 1, 2, 3}, 0);
    assertArrayEquals(new double[] {1, 2, 3}, es.mean());
    assertEquals(0.3, es.sigma());
  }

  @Test
  void resetReturnsToTheStartAndInitialStepSize() {
    CmaEs es = new CmaEs(new double[4], 8, 2, 9);
    optimise(es, x -> -sphere(x, 1), 30);
    es.reset(new double[] {7, 7, 7, 7});
    assertArrayEquals(new double[] {7, 7, 7, 7}, es.mean());
    assertEquals(2, es.sigma());
    assertFalse(es.isDegenerate());
  }

  @Test
  void aVanishingStepSizeIsDegenerate() {
    assertFalse(new CmaEs(new double[3], 4, 1, 0).isDegenerate());
    assertTrue(new CmaEs(new double[3], 4, 1e-12, 0).isDegenerate());
  }

  @Test
  void convergingFarBeyondPrecisionBecomesDegenerate() {
    CmaEs es = new CmaEs(new double[3], 6, 1, 2);
    int generations = 0;
    while (!es.isDegenerate() && generations < 2000) {
      optimise(es, x -> -sphere(x, 0), 1);
      generations++;
    }
    assertTrue(es.isDegenerate(), "still not degenerate after " + generations + " generations");
  }

  @Test
  void recombinationWeightsDecreaseAndSumToOne() {
    double[] w = CmaEs.recombinationWeights(5);
    assertEquals(1, Arrays.stream(w).sum(), 1e-12);
    for (int i = 1; i < w.length; i++) {
      assertTrue(w[i] < w[i - 1]);
    }
    assertArrayEquals(new double[] {1}, CmaEs.recombinationWeights(1));
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new CmaEs(new double[0], 4, 1, 0));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new CmaEs(new double[2], 1, 1, 0))
            .getMessage()
            .contains("batch size must be at least 2"));
    assertThrows(IllegalArgumentException.class, () -> new CmaEs(new double[2], 4, 0, 0));
    CmaEs es = new CmaEs(new double[2], 4, 1, 0);
    assertThrows(IllegalStateException.class, () -> es.tell(new int[] {0, 1, 2, 3}, 2));
    es.ask();
    assertThrows(IllegalArgumentException.class, () -> es.tell(new int[] {0, 1}, 1));
    assertThrows(IllegalArgumentException.class, () -> es.tell(new int[] {0, 1, 2, 3}, 5));
  }
}
