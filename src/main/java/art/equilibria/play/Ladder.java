package art.equilibria.play;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The sources a show can fall back on, best first: the run generated at full size, then with its
 * tiles composed smaller and scaled up by the display, then the run's rendered loop when it has
 * one. Each is built once, when first needed, and kept.
 */
public final class Ladder implements AutoCloseable {
  /** One rung: what it shows, in words, and how to make it. */
  public record Rung(String name, Supplier<FrameSource> make) {}

  private final List<Rung> rungs;
  private final List<FrameSource> built = new ArrayList<>();
  private int at;

  public Ladder(List<Rung> rungs) {
    if (rungs.isEmpty()) {
      throw new IllegalArgumentException("nothing to play");
    }
    this.rungs = List.copyOf(rungs);
  }

  /** The current source, built on first use (on the calling thread: generation's). */
  synchronized FrameSource current() {
    while (built.size() <= at) {
      built.add(null);
    }
    if (built.get(at) == null) {
      built.set(at, rungs.get(at).make().get());
    }
    return built.get(at);
  }

  public synchronized String name() {
    return rungs.get(at).name();
  }

  /** Whether this is the best rung (nothing given up). */
  synchronized boolean atTop() {
    return at == 0;
  }

  /** Moves to the next rung down; false on the last. */
  synchronized boolean down() {
    if (at + 1 >= rungs.size()) {
      return false;
    }
    at++;
    return true;
  }

  @Override
  public synchronized void close() {
    built.stream().filter(s -> s != null).forEach(FrameSource::close);
  }
}
