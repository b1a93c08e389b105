package art.equilibria.play;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The sources a show can fall back on, best first: the run generated at full size, then with its
 * tiles composed smaller and scaled up by the display, then the run's rendered loop when it has one
 * ({@link LadderSteps} says when to move down and back up). Each is built once, when first needed,
 * and kept; closing the ladder closes them and then what they were made from (a run's networks), so
 * its native memory is freed.
 */
public final class Ladder implements AutoCloseable {
  /** One rung: what it shows, in words, and how to make it. */
  public record Rung(String name, Supplier<FrameSource> make) {}

  private final List<Rung> rungs;
  private final int keyframes;
  private final AutoCloseable owner;
  private final List<FrameSource> built = new ArrayList<>();
  private int at;
  private double truncation = Double.NaN;

  /** Sources that own nothing besides themselves, with one keyframe (a video, a test's). */
  public Ladder(List<Rung> rungs) {
    this(rungs, 1, () -> {});
  }

  /**
   * @param keyframes how many keyframes the loop passes through, evenly spaced (for jumps)
   * @param owner what the sources are made from, closed after them
   */
  public Ladder(List<Rung> rungs, int keyframes, AutoCloseable owner) {
    if (rungs.isEmpty()) {
      throw new IllegalArgumentException("nothing to play");
    }
    this.rungs = List.copyOf(rungs);
    this.keyframes = keyframes;
    this.owner = owner;
  }

  /** The current source, built on first use (on the calling thread: generation's). */
  synchronized FrameSource current() {
    while (built.size() <= at) {
      built.add(null);
    }
    if (built.get(at) == null) {
      FrameSource source = rungs.get(at).make().get();
      if (!Double.isNaN(truncation)) {
        source.truncation(truncation);
      }
      built.set(at, source);
    }
    return built.get(at);
  }

  public synchronized String name() {
    return rungs.get(at).name();
  }

  int keyframes() {
    return keyframes;
  }

  /** Truncation psi of every source's frames from now on, those built later too. */
  synchronized void truncation(double psi) {
    truncation = psi;
    built.stream().filter(s -> s != null).forEach(s -> s.truncation(psi));
  }

  synchronized boolean top() {
    return at == 0;
  }

  synchronized boolean bottom() {
    return at == rungs.size() - 1;
  }

  /** Moves back to the rung above (its source kept from before); false on the first. */
  synchronized boolean up() {
    if (at == 0) {
      return false;
    }
    at--;
    return true;
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
  public synchronized void close() throws Exception {
    built.stream().filter(s -> s != null).forEach(FrameSource::close);
    owner.close();
  }
}
