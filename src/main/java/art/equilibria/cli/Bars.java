package art.equilibria.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongFunction;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars: redrawn in place on a terminal, a line every ten seconds in a log. */
final class Bars {
  private Bars() {}

  /** A bar whose time left is the mean time per unit so far, times the units left. */
  static ProgressBar paced(String task, long total) {
    long start = System.nanoTime();
    return create(
        task,
        0,
        total,
        done ->
            done == 0
                ? Optional.empty()
                : Optional.of(
                    Duration.ofNanos((System.nanoTime() - start) / done * (total - done))));
  }

  /**
   * @param first units already done before this bar (a resumed training): its rate counts only the
   *     units done since
   * @param eta time left given the units done
   */
  static ProgressBar create(
      String task, long first, long total, LongFunction<Optional<Duration>> eta) {
    ProgressBarBuilder builder =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .startsFrom(first, Duration.ZERO)
            .setStyle(ProgressBarStyle.ASCII)
            .showSpeed()
            .setEtaFunction(state -> eta.apply(state.getCurrent()));
    if (System.console() == null) {
      builder
          .setUpdateIntervalMillis(10_000)
          .setConsumer(new DelegatingProgressBarConsumer(System.err::println, 100));
    }
    return builder.build();
  }
}
