package art.equilibria.qd.scheduler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.qd.archive.CellArchive;
import art.equilibria.qd.archive.Range;
import art.equilibria.qd.archive.Thresholds;
import art.equilibria.qd.emitter.EvolutionStrategyEmitter;
import art.equilibria.qd.emitter.GradientArborescenceEmitter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlgorithmTest {
  private static final List<Range> RANGES = List.of(new Range(-1, 1), new Range(-1, 1));

  private static Setup setup(int batchSize, long seed) {
    return new Setup(8, RANGES, new int[] {10, 10}, batchSize, seed, 0.5, 10, -5);
  }

  /** Asks one iteration's solutions, serving gradient points with zero values and gradients. */
  private static int askOneIteration(Algorithm algorithm, Scheduler scheduler) {
    int asked = 0;
    if (algorithm.usesGradients()) {
      double[][] points = scheduler.askDqd();
      asked += points.length;
      scheduler.tellDqd(
          new double[points.length], new double[points.length][2], new double[points.length][3][8]);
    }
    return asked + scheduler.ask().length;
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void eachAlgorithmAsksForTheWholeBatchEachIteration(Algorithm algorithm) {
    assertEquals(100, askOneIteration(algorithm, algorithm.scheduler(setup(100, 1))));
  }

  @Test
  void theBatchIsSplitIntoPyribsSizedEmitters() {
    assertArrayEquals(fill(15, 36), Algorithm.shares(540));
    assertArrayEquals(fill(5, 36), Algorithm.shares(180));
    assertArrayEquals(new int[] {32, 32}, Algorithm.shares(64));
    assertArrayEquals(new int[] {20}, Algorithm.shares(20));
    int[] large = Algorithm.shares(1000);
    assertEquals(15, large.length);
    assertEquals(1000, Arrays.stream(large).sum());
    assertEquals(67, large[0]);
    assertEquals(66, large[14]);
  }

  private static int[] fill(int count, int value) {
    int[] shares = new int[count];
    Arrays.fill(shares, value);
    return shares;
  }

  @Test
  void cmaMaeSearchesAnAnnealedArchiveAndKeepsItsResultsInAnElitistOne() {
    Scheduler scheduler = Algorithm.CMA_MAE.scheduler(setup(180, 1));
    assertEquals(new Thresholds(0.01, -5), ((CellArchive) scheduler.archive()).thresholds());
    assertNotSame(scheduler.archive(), scheduler.resultArchive());
    assertEquals(Thresholds.ELITIST, ((CellArchive) scheduler.resultArchive()).thresholds());
    assertEquals(5, scheduler.emitters().size());
    assertTrue(scheduler.emitters().stream().allMatch(e -> e instanceof EvolutionStrategyEmitter));
  }

  @Test
  void cmaMeAndMapElitesKeepOneElitistArchive() {
    for (Algorithm algorithm : List.of(Algorithm.CMA_ME, Algorithm.MAP_ELITES, Algorithm.RANDOM)) {
      Scheduler scheduler = algorithm.scheduler(setup(180, 1));
      assertSame(scheduler.archive(), scheduler.resultArchive());
      assertEquals(Thresholds.ELITIST, ((CellArchive) scheduler.archive()).thresholds());
    }
    assertEquals(1, Algorithm.MAP_ELITES.scheduler(setup(180, 1)).emitters().size());
  }

  @Test
  void cmaMaegaAloneUsesGradients() {
    for (Algorithm algorithm : Algorithm.values()) {
      assertEquals(algorithm == Algorithm.CMA_MAEGA, algorithm.usesGradients());
    }
    Scheduler scheduler = Algorithm.CMA_MAEGA.scheduler(setup(180, 1));
    assertTrue(
        scheduler.emitters().stream().allMatch(e -> e instanceof GradientArborescenceEmitter));
    assertEquals(5, scheduler.askDqd().length);
  }

  @Test
  void theSameSeedGivesTheSameSearchAndAnotherSeedAnother() {
    double[][] a = Algorithm.CMA_ME.scheduler(setup(64, 7)).ask();
    double[][] b = Algorithm.CMA_ME.scheduler(setup(64, 7)).ask();
    double[][] c = Algorithm.CMA_ME.scheduler(setup(64, 8)).ask();
    assertTrue(Arrays.deepEquals(a, b));
    assertTrue(!Arrays.deepEquals(a, c));
  }

  @Test
  void badSetupsAreRefusedWithClearMessages() {
    String batch =
        assertThrows(
                IllegalArgumentException.class,
                () -> new Setup(8, RANGES, new int[] {10, 10}, 2, 1, 0.5, 10, 0))
            .getMessage();
    assertTrue(batch.contains("batch size must be at least 3"), batch);
    assertThrows(
        IllegalArgumentException.class,
        () -> new Setup(8, RANGES, new int[] {10, 10}, 100, 1, 0, 10, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Setup(8, RANGES, new int[] {10, 10}, 100, 1, 0.5, 10, Double.NaN));
    String cells =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Algorithm.CMA_ME.scheduler(
                        new Setup(8, RANGES, new int[] {10, 0}, 100, 1, 0.5, 10, 0)))
            .getMessage();
    assertTrue(cells.contains("cells per measure must be at least 1"), cells);
  }
}
