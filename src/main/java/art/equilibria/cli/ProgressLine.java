package art.equilibria.cli;

import art.equilibria.metrics.GuardEvent;
import art.equilibria.metrics.StepMetrics;
import art.equilibria.run.RunFolder;
import art.equilibria.train.TrainingListener;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;

/**
 * The one progress line of a training: step, stage and resolution, fade, rate and time left. On a
 * terminal it redraws in place; in a log it prints a line every few seconds.
 */
final class ProgressLine implements TrainingListener, AutoCloseable {
  private static final int RATE_WINDOW = 20;
  private static final long REPEAT_QUIET = 100;

  /** Drawn from the first step, so a run refused before it trains leaves no bar behind. */
  private ProgressBar bar;

  private final Deque<Double> recent = new ArrayDeque<>();
  private final long total;
  private final RunFolder run;
  private final Map<String, Long> lastShown = new HashMap<>();
  private double peakRssMb;

  /** Read by the bar's own thread. */
  private volatile double secondsPerStep = Double.NaN;

  ProgressLine(long total, RunFolder run) {
    this.total = total;
    this.run = run;
  }

  /** Time left from the rate over the last steps: stages grow slower as they grow larger. */
  private Optional<Duration> eta(long done) {
    double perStep = secondsPerStep;
    return Double.isNaN(perStep)
        ? Optional.empty()
        : Optional.of(Duration.ofMillis((long) (perStep * (total - done) * 1000)));
  }

  private void closeBar() {
    if (bar != null) {
      bar.close();
    }
  }

  @Override
  public void started(long first, long end) {
    bar = Bars.create("train", first, total, this::eta);
  }

  @Override
  public void stepped(StepMetrics m) {
    recent.addLast(m.seconds());
    if (recent.size() > RATE_WINDOW) {
      recent.removeFirst();
    }
    if (recent.size() > 1) {
      secondsPerStep = (recent.getLast() - recent.getFirst()) / (recent.size() - 1);
    }
    peakRssMb = Math.max(peakRssMb, m.rssMb());
    String fade = m.alpha() < 1 ? String.format(" fade %.2f", m.alpha()) : "";
    bar.setExtraMessage(String.format(" stage %d, %d px%s", m.stage() + 1, m.resolution(), fade));
    bar.stepTo(m.step() + 1);
  }

  /**
   * Shows a guard event on its own line; the same kind of event on the same network is shown again
   * only after {@link #REPEAT_QUIET} steps, so a lasting condition does not flood the screen (every
   * event is in metrics.jsonl).
   */
  @Override
  public void guarded(GuardEvent event) {
    String key = event.network() + "/" + event.kind();
    Long last = lastShown.get(key);
    if (last == null || event.step() - last >= REPEAT_QUIET || !event.isFailure()) {
      lastShown.put(key, event.step());
      System.err.println();
      System.err.println("guard: " + event);
    }
  }

  /**
   * Said here rather than after training returns: after a SIGTERM the process ends as soon as the
   * run has stopped, before the command could print anything.
   */
  @Override
  public void stopped(long stepsDone) {
    closeBar();
    System.err.printf(
        "stopped after step %d with a checkpoint there; to carry on:%n"
            + "  ./equilibria train --resume %s%n",
        stepsDone, run.dir());
  }

  @Override
  public void warning(String message) {
    System.err.println();
    System.err.println("warning: " + message);
  }

  @Override
  public void close() {
    closeBar();
    if (peakRssMb > 0) {
      System.err.printf("peak resident memory %.0f MiB%n", peakRssMb);
    }
  }
}
