package art.equilibria.qd.scheduler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.qd.archive.ArchiveStats;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * pyribs' sphere benchmark, scaled down to run in seconds: 20 dimensions instead of 100, a 50 x 50
 * grid instead of 100 x 100, 180 solutions an iteration (5 emitters of 36) instead of 540, a few
 * hundred iterations instead of 10 000; pyribs' step sizes and archive settings otherwise.
 */
class SphereBenchmarkTest {
  private static final int DIM = 20;
  private static final int ITERATIONS = 300;
  private static final Sphere SPHERE = new Sphere(DIM);

  /** Each algorithm runs once, whichever test asks first. */
  private static final Map<Algorithm, ArchiveStats> RESULTS = new EnumMap<>(Algorithm.class);

  private static Scheduler scheduler(Algorithm algorithm) {
    return algorithm.scheduler(
        new Setup(DIM, SPHERE.ranges(), new int[] {50, 50}, 180, 42, 0.5, 10, 0));
  }

  private static synchronized ArchiveStats after(Algorithm algorithm) {
    return RESULTS.computeIfAbsent(
        algorithm,
        a -> {
          Scheduler scheduler = scheduler(a);
          SPHERE.run(scheduler, a.usesGradients(), ITERATIONS);
          return scheduler.resultArchive().stats();
        });
  }

  private static String figures(Algorithm algorithm) {
    ArchiveStats s = after(algorithm);
    return String.format("%s: coverage %.3f, QD score %.0f", algorithm, s.coverage(), s.qdScore());
  }

  @Test
  void cmaMeAndCmaMaeIlluminateFarMoreThanRandomLatents() {
    ArchiveStats random = after(Algorithm.RANDOM);
    for (Algorithm algorithm : new Algorithm[] {Algorithm.CMA_ME, Algorithm.CMA_MAE}) {
      ArchiveStats stats = after(algorithm);
      String message = figures(algorithm) + " against " + figures(Algorithm.RANDOM);
      assertTrue(stats.coverage() > 5 * random.coverage(), message);
      assertTrue(stats.qdScore() > 5 * random.qdScore(), message);
    }
  }

  @Test
  void cmaMeAndCmaMaeBeatMapElitesQdScore() {
    for (Algorithm algorithm : new Algorithm[] {Algorithm.CMA_ME, Algorithm.CMA_MAE}) {
      assertTrue(
          after(algorithm).qdScore() > after(Algorithm.MAP_ELITES).qdScore(),
          figures(algorithm) + " against " + figures(Algorithm.MAP_ELITES));
    }
  }

  @Test
  void mapElitesIsNoWorseThanRandomLatents() {
    String message = figures(Algorithm.MAP_ELITES) + " against " + figures(Algorithm.RANDOM);
    assertTrue(
        after(Algorithm.MAP_ELITES).coverage() >= after(Algorithm.RANDOM).coverage(), message);
    assertTrue(after(Algorithm.MAP_ELITES).qdScore() >= after(Algorithm.RANDOM).qdScore(), message);
  }

  @Test
  void cmaMaegaWithExactGradientsCoversHalfTheGridInAHundredIterations() {
    Scheduler scheduler = scheduler(Algorithm.CMA_MAEGA);
    SPHERE.run(scheduler, true, 100);
    ArchiveStats stats = scheduler.resultArchive().stats();
    assertTrue(stats.coverage() > 0.55, "coverage " + stats.coverage());
    // The gradient finds the optimum (100) that the others only approach.
    assertTrue(stats.bestObjective() > 99.99, "best objective " + stats.bestObjective());
  }
}
