package art.equilibria.train;

import art.equilibria.metrics.GuardEvent;
import art.equilibria.metrics.StepMetrics;
import java.nio.file.Path;

/** Hears what a training run does: the progress line, and later the live page, listen here. */
public interface TrainingListener {
  TrainingListener NONE = new TrainingListener() {};

  /** Training of steps [first, end) is about to start. */
  default void started(long first, long end) {}

  default void stepped(StepMetrics metrics) {}

  /** A snapshot was written after {@code step} steps; {@code ensemble} shows all generators. */
  default void snapshot(long step, Path ensemble) {}

  default void checkpoint(long step, Path file) {}

  default void finished(long stepsDone) {}

  /** Training stopped early (Ctrl-C, SIGTERM) after a checkpoint at {@code stepsDone}. */
  default void stopped(long stepsDone) {}

  /** The equilibrium guard noticed something, or acted (already in the step's metrics). */
  default void guarded(GuardEvent event) {}

  /** Something the artist should know that does not stop training. */
  default void warning(String message) {}
}
