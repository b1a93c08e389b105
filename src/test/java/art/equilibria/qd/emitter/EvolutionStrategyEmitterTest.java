package art.equilibria.qd.emitter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import art.equilibria.qd.archive.AddResult;
import art.equilibria.qd.archive.AddStatus;
import art.equilibria.qd.archive.GridArchive;
import art.equilibria.qd.archive.Range;
import art.equilibria.qd.archive.Thresholds;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvolutionStrategyEmitterTest {
  private static final Strategy CMA_ME =
      new Strategy(Ranker.TWO_STAGE_IMPROVEMENT, SelectionRule.FILTER, RestartRule.NO_IMPROVEMENT);
  private static final Strategy CMA_MAE =
      new Strategy(Ranker.IMPROVEMENT, SelectionRule.MU, RestartRule.BASIC);

  /** A one-cell archive whose elite, at (5, 5), nothing will beat. */
  private static GridArchive unbeatable() {
    GridArchive archive =
        new GridArchive(2, new int[] {1}, List.of(new Range(0, 1)), Thresholds.ELITIST, 0);
    archive.add(new double[][] {{5, 5}}, new double[] {100}, new double[][] {{0.5}});
    return archive;
  }

  /** Asks once and tells the archive's verdict on objectives 1, 2, 3, 4 (all below the elite). */
  private static void failOnce(EvolutionStrategyEmitter emitter, GridArchive archive) {
    double[][] xs = emitter.ask();
    double[] objectives = {1, 2, 3, 4};
    double[][] measures = {{0.5}, {0.5}, {0.5}, {0.5}};
    List<AddResult> results = archive.add(xs, objectives, measures);
    emitter.tell(xs, objectives, measures, results);
  }

  private static void assertAllNear(double centre, double[][] xs) {
    for (double[] x : xs) {
      for (double v : x) {
        assertEquals(centre, v, 0.1);
      }
    }
  }

  @Test
  void underNoImprovementItRestartsFromAnEliteWhenNothingIsAdded() {
    GridArchive archive = unbeatable();
    EvolutionStrategyEmitter emitter =
        new EvolutionStrategyEmitter(archive, new double[2], 0.01, 4, CMA_ME, 1);
    failOnce(emitter, archive);
    assertEquals(1, emitter.restarts());
    assertAllNear(5, emitter.ask());
  }

  @Test
  void underBasicItKeepsSearchingWhenNothingIsAdded() {
    GridArchive archive = unbeatable();
    EvolutionStrategyEmitter emitter =
        new EvolutionStrategyEmitter(archive, new double[2], 0.01, 4, CMA_MAE, 1);
    failOnce(emitter, archive);
    assertEquals(0, emitter.restarts());
    assertAllNear(0, emitter.ask());
  }

  @Test
  void aFlatRankingRestartsEvenUnderBasic() {
    GridArchive archive = unbeatable();
    EvolutionStrategyEmitter emitter =
        new EvolutionStrategyEmitter(archive, new double[2], 0.01, 4, CMA_MAE, 1);
    double[][] xs = emitter.ask();
    List<AddResult> flat = Collections.nCopies(4, new AddResult(AddStatus.NOT_ADDED, -3));
    emitter.tell(xs, new double[4], new double[4][1], flat);
    assertEquals(1, emitter.restarts());
    assertAllNear(5, emitter.ask());
  }
}
