package art.equilibria.qd.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class GridArchiveTest {
  private static final List<Range> UNIT_SQUARE = List.of(new Range(0, 1), new Range(0, 1));

  /** A 10 x 10 grid over the unit square for 2-long solutions. */
  private static GridArchive grid(Thresholds thresholds, double offset) {
    return new GridArchive(2, new int[] {10, 10}, UNIT_SQUARE, thresholds, offset);
  }

  private static List<AddResult> add(Archive archive, double[] objectives, double[]... measures) {
    double[][] solutions = new double[objectives.length][];
    for (int i = 0; i < solutions.length; i++) {
      solutions[i] = new double[] {i, objectives[i]};
    }
    return archive.add(solutions, objectives, measures);
  }

  private static double[] objectives(double... values) {
    return values;
  }

  @Test
  void keepsTheBetterEliteOfEachCellAndReportsStatusesAndValuesAsPyribs() {
    GridArchive archive = grid(Thresholds.ELITIST, 0);
    double[] a = {0.05, 0.05};
    double[] b = {0.95, 0.95};
    // Judged against the empty archive: all three are new, valued by their objective.
    List<AddResult> first = add(archive, objectives(1, 3, 2), a, a, b);
    assertEquals(
        List.of(
            new AddResult(AddStatus.NEW, 1),
            new AddResult(AddStatus.NEW, 3),
            new AddResult(AddStatus.NEW, 2)),
        first);
    assertEquals(3, archive.elite(archive.indexOf(a)).orElseThrow().objective());
    assertArrayEquals(
        new double[] {1, 3}, archive.elite(archive.indexOf(a)).orElseThrow().solution());
    // Against the elite's objective: -0.5 not added, +1 an improvement.
    List<AddResult> second = add(archive, objectives(2.5, 4), a, b);
    assertEquals(new AddResult(AddStatus.NOT_ADDED, -0.5), second.get(0));
    assertEquals(new AddResult(AddStatus.IMPROVE_EXISTING, 2), second.get(1));
    assertEquals(4, archive.elite(archive.indexOf(b)).orElseThrow().objective());
    assertEquals(2, archive.stats().elites());
  }

  @Test
  void onTiesTheFirstSolutionOfTheBatchIsKept() {
    GridArchive archive = grid(Thresholds.ELITIST, 0);
    double[] a = {0.5, 0.5};
    add(archive, objectives(2, 2), a, a);
    assertArrayEquals(
        new double[] {0, 2}, archive.elite(archive.indexOf(a)).orElseThrow().solution());
  }

  @Test
  void cmaMaeThresholdsMoveTowardsEachAcceptedObjectiveByTheLearningRate() {
    GridArchive archive = grid(new Thresholds(0.1, 0), 0);
    double[] a = {0.5, 0.5};
    int cell = archive.indexOf(a);
    // New cell: value over threshold_min; t = 0.9 * 0 + 0.1 * 10.
    assertEquals(new AddResult(AddStatus.NEW, 10), add(archive, objectives(10), a).get(0));
    assertEquals(1, archive.threshold(cell), 1e-12);
    // Beats the threshold though not the elite: replaces it (non-elitist), t = 0.9 + 0.5.
    AddResult worse = add(archive, objectives(5), a).get(0);
    assertEquals(AddStatus.IMPROVE_EXISTING, worse.status());
    assertEquals(4, worse.value(), 1e-12);
    assertEquals(1.4, archive.threshold(cell), 1e-12);
    assertEquals(5, archive.elite(cell).orElseThrow().objective());
    assertEquals(10, archive.stats().bestObjective());
    // Below the threshold: not added, valued against it.
    AddResult below = add(archive, objectives(1), a).get(0);
    assertEquals(AddStatus.NOT_ADDED, below.status());
    assertEquals(-0.4, below.value(), 1e-12);
    assertEquals(1.4, archive.threshold(cell), 1e-12);
  }

  @Test
  void cmaMaeBatchUpdateAppliesTheRateOncePerCandidateWithTheirMean() {
    GridArchive archive = grid(new Thresholds(0.1, 0), 0);
    double[] a = {0.5, 0.5};
    int cell = archive.indexOf(a);
    add(archive, objectives(3, 5, -1), a, a, a);
    // Two beat threshold 0: t = 0.9^2 * 0 + (1 - 0.9^2) * mean(3, 5); the best is kept.
    assertEquals(0.19 * 4, archive.threshold(cell), 1e-12);
    assertEquals(5, archive.elite(cell).orElseThrow().objective());
  }

  @Test
  void belowTheThresholdMinimumAnEmptyCellStaysEmpty() {
    GridArchive archive = grid(new Thresholds(0.01, 50), 0);
    AddResult result = add(archive, objectives(20), new double[] {0.5, 0.5}).get(0);
    assertEquals(new AddResult(AddStatus.NOT_ADDED, -30), result);
    assertTrue(archive.isEmpty());
  }

  @Test
  void measuresOutsideTheRangesAreClippedIntoTheEdgeCells() {
    GridArchive archive = grid(Thresholds.ELITIST, 0);
    assertEquals(0, archive.indexOf(new double[] {-3, -0.01}));
    assertEquals(99, archive.indexOf(new double[] {7, 1e300}));
    assertEquals(archive.indexOf(new double[] {0.95, 0.05}), archive.indexOf(new double[] {2, -2}));
  }

  @Test
  void cellsAreNumberedRowMajorWithTheUpperEndInTheLastCell() {
    GridArchive archive =
        new GridArchive(
            1,
            new int[] {4, 5},
            List.of(new Range(-2, 2), new Range(0, 10)),
            Thresholds.ELITIST,
            0);
    assertEquals(20, archive.cells());
    assertEquals(0, archive.indexOf(new double[] {-2, 0}));
    // Cell (1, 2): the last measure varies fastest.
    assertEquals(1 * 5 + 2, archive.indexOf(new double[] {-0.5, 5}));
    // On a boundary: the cell above it, helped by pyribs' epsilon.
    assertEquals(2 * 5 + 1, archive.indexOf(new double[] {0, 2}));
    assertEquals(19, archive.indexOf(new double[] {2, 10}));
  }

  @Test
  void statsGiveCoverageQdScoreWithOffsetBestAndMean() {
    GridArchive archive = grid(Thresholds.ELITIST, -10);
    ArchiveStats empty = archive.stats();
    assertEquals(0, empty.elites());
    assertEquals(0, empty.qdScore());
    assertTrue(Double.isNaN(empty.bestObjective()));
    add(
        archive,
        objectives(1, 4, -2),
        new double[] {0.05, 0.05},
        new double[] {0.5, 0.5},
        new double[] {0.95, 0.5});
    add(archive, objectives(2), new double[] {0.05, 0.05}); // replaces the 1
    ArchiveStats stats = archive.stats();
    assertEquals(3, stats.elites());
    assertEquals(0.03, stats.coverage(), 1e-12);
    assertEquals((2 + 10) + (4 + 10) + (-2 + 10), stats.qdScore(), 1e-12);
    assertEquals(34 / 100.0, stats.normQdScore(), 1e-12);
    assertEquals(4, stats.bestObjective());
    assertEquals(4 / 3.0, stats.meanObjective(), 1e-12);
  }

  @Test
  void iterationVisitsEachEliteOnceAndSamplingDrawsOnlyElites() {
    GridArchive archive = grid(Thresholds.ELITIST, 0);
    add(
        archive,
        objectives(1, 2, 3),
        new double[] {0.05, 0.05},
        new double[] {0.5, 0.5},
        new double[] {0.95, 0.5});
    List<Integer> cells = new ArrayList<>();
    for (Elite e : archive) {
      cells.add(e.cell());
      assertEquals(e.cell(), archive.indexOf(e.measures()));
    }
    assertEquals(List.of(0, 55, 95), cells);
    Set<Integer> sampled = new HashSet<>();
    for (Elite e : archive.sampleElites(200, new SplittableRandom(1))) {
      sampled.add(e.cell());
    }
    assertEquals(Set.of(0, 55, 95), sampled);
  }

  @Test
  void samplingAnEmptyArchiveFails() {
    GridArchive archive = grid(Thresholds.ELITIST, 0);
    assertThrows(
        IllegalStateException.class, () -> archive.sampleElites(1, new SplittableRandom(1)));
  }

  @Test
  void elitesAreCopiesTheCallerCannotChange() {
    GridArchive archive = grid(Thresholds.ELITIST, 0);
    double[][] solutions = {{1, 2}};
    archive.add(solutions, new double[] {1}, new double[][] {{0.5, 0.5}});
    solutions[0][0] = 99;
    archive.elite(55).orElseThrow().solution()[1] = 99;
    assertArrayEquals(new double[] {1, 2}, archive.elite(55).orElseThrow().solution());
  }

  private static void assertRefused(String message, Executable executable) {
    String actual = assertThrows(IllegalArgumentException.class, executable).getMessage();
    assertTrue(actual.contains(message), "message was: " + actual);
  }

  @Test
  void badArgumentsAreRefusedWithClearMessages() {
    assertRefused("low must be below high", () -> new Range(1, 1));
    assertRefused("low must be below high", () -> new Range(2, 1));
    assertRefused("must be finite", () -> new Range(0, Double.POSITIVE_INFINITY));
    assertRefused(
        "cells per measure must be at least 1",
        () -> new GridArchive(2, new int[] {10, 0}, UNIT_SQUARE, Thresholds.ELITIST, 0));
    assertRefused(
        "one cell count per measure range",
        () -> new GridArchive(2, new int[] {10}, UNIT_SQUARE, Thresholds.ELITIST, 0));
    assertRefused(
        "solution dimension must be at least 1",
        () -> new GridArchive(0, new int[] {10, 10}, UNIT_SQUARE, Thresholds.ELITIST, 0));
    assertRefused("learning rate must lie in [0, 1]", () -> new Thresholds(1.5, 0));
    assertRefused(
        "needs a finite threshold minimum", () -> new Thresholds(0.5, Double.NEGATIVE_INFINITY));
    GridArchive archive = grid(Thresholds.ELITIST, 0);
    assertRefused("measures must have length 2", () -> archive.indexOf(new double[] {0.5}));
    assertRefused("measures must be finite", () -> archive.indexOf(new double[] {0.5, Double.NaN}));
    assertRefused(
        "objectives must be finite",
        () ->
            archive.add(
                new double[][] {{0, 0}}, new double[] {Double.NaN}, new double[][] {{0, 0}}));
    assertRefused(
        "as many objectives and measures as solutions",
        () -> archive.add(new double[][] {{0, 0}}, new double[] {1, 2}, new double[][] {{0, 0}}));
    assertRefused(
        "solutions must have length 2",
        () -> archive.add(new double[][] {{0}}, new double[] {1}, new double[][] {{0, 0}}));
  }
}
