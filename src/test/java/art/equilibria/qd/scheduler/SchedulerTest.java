package art.equilibria.qd.scheduler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.qd.archive.AddResult;
import art.equilibria.qd.archive.AddStatus;
import art.equilibria.qd.archive.GridArchive;
import art.equilibria.qd.archive.Range;
import art.equilibria.qd.archive.Thresholds;
import art.equilibria.qd.emitter.Emitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {
  /** Emits fixed solutions (and gradient points) and records what it is told. */
  private static final class Recorder implements Emitter {
    private final double[][] batch;
    private final double[][] points;
    double[][] toldSolutions;
    double[] toldObjectives;
    double[][] toldMeasures;
    List<AddResult> toldResults;
    double[][][] toldJacobians;

    Recorder(double[][] batch, double[][] points) {
      this.batch = batch;
      this.points = points;
    }

    @Override
    public double[][] ask() {
      return batch;
    }

    @Override
    public void tell(
        double[][] solutions, double[] objectives, double[][] measures, List<AddResult> results) {
      toldSolutions = solutions;
      toldObjectives = objectives;
      toldMeasures = measures;
      toldResults = results;
    }

    @Override
    public double[][] askDqd() {
      return points;
    }

    @Override
    public void tellDqd(
        double[][] solutions,
        double[] objectives,
        double[][] measures,
        double[][][] jacobians,
        List<AddResult> results) {
      toldSolutions = solutions;
      toldJacobians = jacobians;
      toldResults = results;
    }
  }

  private static GridArchive archive(Thresholds thresholds) {
    return new GridArchive(1, new int[] {10}, List.of(new Range(0, 10)), thresholds, 0);
  }

  private static double[][] column(double... values) {
    double[][] rows = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      rows[i] = new double[] {values[i]};
    }
    return rows;
  }

  @Test
  void askConcatenatesTheBatchesAndTellHandsEachEmitterItsOwnShare() {
    Recorder a = new Recorder(column(1, 2), new double[0][]);
    Recorder b = new Recorder(column(10, 20, 30), new double[0][]);
    GridArchive archive = archive(Thresholds.ELITIST);
    Scheduler scheduler = new Scheduler(archive, List.of(a, b));
    assertArrayEquals(column(1, 2, 10, 20, 30), scheduler.ask());
    // Solutions 1 and 2 share cell 0: the second is still NEW against the archive before the batch.
    scheduler.tell(new double[] {5, 6, 7, 8, 9}, column(0.5, 0.6, 3.5, 3.6, 9.5));
    assertArrayEquals(column(1, 2), a.toldSolutions);
    assertArrayEquals(new double[] {5, 6}, a.toldObjectives);
    assertArrayEquals(column(0.5, 0.6), a.toldMeasures);
    assertEquals(
        List.of(new AddResult(AddStatus.NEW, 5), new AddResult(AddStatus.NEW, 6)), a.toldResults);
    assertArrayEquals(column(10, 20, 30), b.toldSolutions);
    assertArrayEquals(new double[] {7, 8, 9}, b.toldObjectives);
    assertEquals(3, b.toldResults.size());
    assertEquals(new AddResult(AddStatus.NEW, 8), b.toldResults.get(1));
    assertEquals(3, archive.stats().elites());
    assertSame(archive, scheduler.resultArchive());
  }

  @Test
  void everyEvaluatedSolutionAlsoEntersTheResultArchive() {
    // The search archive takes nothing below 100; the elitist result archive takes everything.
    GridArchive archive = archive(new Thresholds(0.01, 100));
    GridArchive results = archive(Thresholds.ELITIST);
    Recorder a = new Recorder(column(1, 2, 3), new double[0][]);
    Scheduler scheduler = new Scheduler(archive, List.of(a), results);
    scheduler.ask();
    scheduler.tell(new double[] {5, 6, 7}, column(0.5, 5.5, 9.5));
    assertTrue(archive.isEmpty());
    assertEquals(3, results.stats().elites());
    assertNotSame(archive, scheduler.resultArchive());
    // The emitters hear the search archive's verdict.
    assertEquals(AddStatus.NOT_ADDED, a.toldResults.get(0).status());
  }

  @Test
  void gradientPointsAreAskedAndToldWithTheirJacobians() {
    Recorder plain = new Recorder(column(1), new double[0][]);
    Recorder gradient = new Recorder(column(2), column(4));
    Scheduler scheduler = new Scheduler(archive(Thresholds.ELITIST), List.of(plain, gradient));
    assertArrayEquals(column(4), scheduler.askDqd());
    double[][][] jacobians = {{{1}, {2}}};
    scheduler.tellDqd(new double[] {3}, column(4), jacobians);
    assertArrayEquals(column(4), gradient.toldSolutions);
    assertSame(jacobians[0], gradient.toldJacobians[0]);
    assertEquals(0, plain.toldSolutions.length);
    assertArrayEquals(column(1, 2), scheduler.ask());
  }

  @Test
  void callsOutOfOrderAreRefused() {
    Scheduler scheduler =
        new Scheduler(archive(Thresholds.ELITIST), List.of(new Recorder(column(1), column(1))));
    assertThrows(IllegalStateException.class, () -> scheduler.tell(new double[1], column(1)));
    scheduler.ask();
    assertThrows(IllegalStateException.class, scheduler::ask);
    assertThrows(IllegalStateException.class, scheduler::askDqd);
    assertThrows(
        IllegalStateException.class,
        () -> scheduler.tellDqd(new double[1], column(1), new double[1][2][1]));
    scheduler.tell(new double[1], column(1));
    assertThrows(IllegalStateException.class, () -> scheduler.tell(new double[1], column(1)));
  }

  @Test
  void evaluationsOfTheWrongLengthAreRefused() {
    Scheduler scheduler =
        new Scheduler(archive(Thresholds.ELITIST), List.of(new Recorder(column(1, 2), column(1))));
    scheduler.ask();
    String message =
        assertThrows(
                IllegalArgumentException.class, () -> scheduler.tell(new double[3], column(1, 2)))
            .getMessage();
    assertTrue(
        message.contains("objectives should have one entry per asked solution (2)"), message);
    // Still waiting for its tell.
    scheduler.tell(new double[2], column(1, 2));
  }

  @Test
  void anEmitterGivenTwiceOrNoneAtAllIsRefused() {
    Recorder a = new Recorder(column(1), column(1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Scheduler(archive(Thresholds.ELITIST), List.of(a, a)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Scheduler(archive(Thresholds.ELITIST), List.of()));
  }
}
