package art.equilibria.train;

import art.equilibria.metrics.GuardEvent;
import art.equilibria.metrics.StepMetrics;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Several listeners heard as one, in the order given; a null (an optional one left out) is skipped.
 */
public final class Listeners implements TrainingListener {
  private final List<TrainingListener> all;

  private Listeners(List<TrainingListener> all) {
    this.all = all;
  }

  public static TrainingListener of(TrainingListener... listeners) {
    return new Listeners(Arrays.stream(listeners).filter(Objects::nonNull).toList());
  }

  @Override
  public void started(long first, long end) {
    all.forEach(l -> l.started(first, end));
  }

  @Override
  public void stepped(StepMetrics metrics) {
    all.forEach(l -> l.stepped(metrics));
  }

  @Override
  public void snapshot(long step, Path ensemble) {
    all.forEach(l -> l.snapshot(step, ensemble));
  }

  @Override
  public void checkpoint(long step, Path file) {
    all.forEach(l -> l.checkpoint(step, file));
  }

  @Override
  public void finished(long stepsDone) {
    all.forEach(l -> l.finished(stepsDone));
  }

  @Override
  public void stopped(long stepsDone) {
    all.forEach(l -> l.stopped(stepsDone));
  }

  @Override
  public void guarded(GuardEvent event) {
    all.forEach(l -> l.guarded(event));
  }

  @Override
  public void warning(String message) {
    all.forEach(l -> l.warning(message));
  }
}
