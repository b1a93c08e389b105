package art.equilibria.cli;

import art.equilibria.piece.Piece;
import art.equilibria.run.RunFolder;
import art.equilibria.train.StepMetrics;
import art.equilibria.train.TrainingListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The one progress line of a training: step, stage and resolution, fade, rate and time left. On a
 * terminal it redraws in place; in a log it prints a line every few seconds.
 */
final class ProgressLine implements TrainingListener, AutoCloseable {
  private static final int RATE_WINDOW = 20;

  private final ProgressBar bar;
  private final Deque<Double> recent = new ArrayDeque<>();
  private final long total;
  private double peakRssMb;

  ProgressLine(Piece piece, long total, RunFolder run) {
    this.total = total;
    boolean terminal = System.console() != null;
    ProgressBarBuilder builder =
        new ProgressBarBuilder()
            .setTaskName("train")
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .showSpeed()
            .setEtaFunction(state -> eta(state.getCurrent()));
    if (!terminal) {
      builder
          .setUpdateIntervalMillis(10_000)
          .setConsumer(new DelegatingProgressBarConsumer(System.err::println, 100));
    }
    this.bar = builder.build();
  }

  /** Time left from the rate over the last steps: stages grow slower as they grow larger. */
  private Optional<Duration> eta(long done) {
    if (recent.size() < 2) {
      return Optional.empty();
    }
    double perStep = (recent.getLast() - recent.getFirst()) / (recent.size() - 1);
    return Optional.of(Duration.ofMillis((long) (perStep * (total - done) * 1000)));
  }

  @Override
  public void stepped(StepMetrics m) {
    recent.addLast(m.seconds());
    if (recent.size() > RATE_WINDOW) {
      recent.removeFirst();
    }
    peakRssMb = Math.max(peakRssMb, m.rssMb());
    String fade = m.alpha() < 1 ? String.format(" fade %.2f", m.alpha()) : "";
    bar.setExtraMessage(String.format("stage %d %dpx%s", m.stage() + 1, m.resolution(), fade));
    bar.stepTo(m.step() + 1);
  }

  @Override
  public void snapshot(long step, Path ensemble) {
    // The newest snapshot is where the artist looks; its path is in the run folder.
  }

  @Override
  public void close() {
    bar.close();
    if (peakRssMb > 0) {
      System.err.printf("peak resident memory %.0f MiB%n", peakRssMb);
    }
  }
}
