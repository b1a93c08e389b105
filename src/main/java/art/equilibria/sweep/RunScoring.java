package art.equilibria.sweep;

import ai.djl.ndarray.NDManager;
import art.equilibria.metrics.StepMetrics;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.train.MetricsLog;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Scores a run from its folder alone, so finished runs are scored again the same way. */
public final class RunScoring {
  private RunScoring() {}

  /**
   * @param run the run's number in its sweep
   * @param grid the side of the run's snapshot grid
   */
  public static RunScores score(RunFolder folder, int run, int grid, NDManager manager)
      throws IOException {
    RunInfo info = RunInfo.read(folder);
    List<StepMetrics> lines = new ArrayList<>();
    if (Files.exists(folder.metrics())) {
      for (String line : Files.readAllLines(folder.metrics())) {
        if (!line.isBlank()) {
          lines.add(MetricsLog.parse(line));
        }
      }
    }
    Stability stability = MetricsScoring.stability(lines);
    Variety variety = MetricsScoring.variety(lines, grid * grid);
    PictureScoring.Pictures pictures = PictureScoring.of(folder.snapshots(), grid, manager);
    List<Failure> failures = failures(info.state(), stability, variety);
    return new RunScores(
        run,
        info.stoppedByGuard() ? RunScores.GUARD_STOPPED : info.state(),
        info.stepsDone(),
        stability,
        variety,
        pictures.difference(),
        pictures.measures(),
        failures,
        RunScores.equilibrium(stability, variety, failures));
  }

  static List<Failure> failures(String state, Stability s, Variety v) {
    List<Failure> failures = new ArrayList<>();
    if (s.nonFinite() > 0 || state.equals("failed")) {
      failures.add(Failure.EXPLODED);
    }
    if (!Double.isNaN(v.finalVendi()) && v.finalVendi() < Failure.COLLAPSED_BELOW) {
      failures.add(Failure.COLLAPSED);
    }
    if (s.stasis() > 0) {
      failures.add(Failure.STATIC);
    }
    if (s.lateSaturation() > Failure.SATURATED_ABOVE) {
      failures.add(Failure.SATURATED);
    }
    return List.copyOf(failures);
  }
}
