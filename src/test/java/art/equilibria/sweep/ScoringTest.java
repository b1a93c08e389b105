package art.equilibria.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import art.equilibria.metrics.StepMetrics;
import art.equilibria.train.MetricsLog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run's scores from metrics lines written by hand. */
class ScoringTest {
  /** One line: d and g1 with their totals and gradient norms, events and a snapshot's Vendi. */
  private static StepMetrics line(
      long step, double dTotal, double dGrad, double gGrad, String events, String diversity)
      throws IOException {
    return MetricsLog.parse(
        String.format(
            "{\"step\":%d,\"stage\":0,\"resolution\":8,\"alpha\":1,\"seconds\":0,\"rss_mb\":1,"
                + "\"images\":4,\"flops\":1,\"networks\":{"
                + "\"d\":{\"terms\":{\"diametric\":%s},\"total\":%s,\"grad_norm\":%s},"
                + "\"g1\":{\"terms\":{},\"total\":1.0,\"grad_norm\":%s,\"colour_variance\":0.2,"
                + "\"saturation\":0.1,\"diversity\":3.0}}%s%s}",
            step,
            dTotal,
            dTotal,
            dGrad,
            Double.isNaN(gGrad) ? "\"NaN\"" : Double.toString(gGrad),
            events.isEmpty() ? "" : ",\"events\":[" + events + "]",
            diversity.isEmpty() ? "" : ",\"snapshot_diversity\":{" + diversity + "}"));
  }

  private static String event(long step, String kind) {
    return String.format(
        "{\"step\":%d,\"network\":\"g1\",\"kind\":\"%s\",\"message\":\"\"}", step, kind);
  }

  private static List<StepMetrics> calm() throws IOException {
    List<StepMetrics> lines = new ArrayList<>();
    for (int s = 0; s < 8; s++) {
      // d's loss alternates 1, 3 (a spread of 1 over the last quarter), g1's stays 1 (none).
      lines.add(line(s, s % 2 == 0 ? 1 : 3, 2, 4, "", ""));
    }
    lines.set(7, line(7, 3, 2, 4, "", "\"g1\":{\"pixels\":7.0,\"embeddings\":5.0}"));
    return lines;
  }

  @Test
  void aCalmRunHasNoFailureAndScoresItsShareOfDifferentPictures() throws IOException {
    List<StepMetrics> lines = calm();
    Stability s = MetricsScoring.stability(lines);
    assertEquals(new Stability(0, 0, 0, 0, 0, 0, 1.0, 0.5, 0.1), s);
    Variety v = MetricsScoring.variety(lines, 16);
    assertEquals(new Variety(7.0, 5.0, 16, 3.0, 0.2), v);
    List<Failure> failures = RunScoring.failures("finished", s, v);
    assertEquals(List.of(), failures);
    // (7 - 1) / (16 - 1) of the pictures differ, no spike, 10 % clipped.
    assertEquals(6.0 / 15 * 0.9, RunScores.equilibrium(s, v, failures), 1e-12);
  }

  @Test
  void eventsSpikesAndNonFiniteValuesAreCountedAndMarkTheFailures() throws IOException {
    List<StepMetrics> lines = calm();
    lines.set(2, line(2, 1, 20, 4, event(2, "gradient-spike"), ""));
    lines.set(3, line(3, 3, 2, Double.NaN, "", ""));
    lines.set(
        7,
        line(
            7,
            3,
            2,
            4,
            event(7, "stasis") + "," + event(7, "collapse"),
            "\"g1\":{\"pixels\":1.2,\"embeddings\":1.0}"));
    Stability s = MetricsScoring.stability(lines);
    assertEquals(1, s.nonFinite());
    assertEquals(1, s.gradientSpikes());
    assertEquals(1, s.stasis());
    assertEquals(1, s.collapse());
    assertEquals(10.0, s.gradientPeak(), 1e-12, "20 over d's median of 2");
    Variety v = MetricsScoring.variety(lines, 16);
    assertEquals(
        List.of(Failure.EXPLODED, Failure.COLLAPSED, Failure.STATIC),
        RunScoring.failures("stopped", s, v));
    assertEquals(0, RunScores.equilibrium(s, v, RunScoring.failures("stopped", s, v)));
  }

  @Test
  void valuesAreSplitAtCommasOutsideBracketsAndQuotes() throws Exception {
    Axis axis = Axis.parse("schedule.optimiser.betas=[0.0, 0.99],[0.5, 0.9],'a,b'");
    assertEquals(List.of("[0.0, 0.99]", "[0.5, 0.9]", "'a,b'"), axis.values());
    assertEquals("betas", axis.shortName());
  }

  @Test
  void cellsTakeEveryCombinationTheFirstFieldSlowest() throws Exception {
    Grid grid = new Grid(List.of(Axis.parse("a=1,2"), Axis.parse("b.c=x,y,z")), 2);
    assertEquals(12, grid.runs());
    assertEquals(List.of("a=2", "b.c=x"), grid.settings(grid.cellOf(6)));
    assertEquals("03-r0", grid.runName(6));
    assertEquals("a=2 c=x", grid.label(3));
  }
}
