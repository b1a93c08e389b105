package art.equilibria.play;

import java.util.List;

/**
 * What a show plays in turn, then again from the top: runs or videos, each for a while or until a
 * control says next, fading in over the one before or cut to. The first is opened already (its size
 * and rate set the screen's); the others are opened when their turn comes.
 *
 * @param entries in the order played, at least one
 * @param first the first entry's sources, opened
 */
public record Programme(List<Entry> entries, Ladder first) {
  /**
   * One thing played.
   *
   * @param name what it is, for the status and the log
   * @param open opens its sources (on a thread of the show's own, while the one before plays)
   * @param seconds how long it plays; 0: until a control says next
   * @param fadeSeconds how long it fades in over the one before; 0: a cut
   */
  public record Entry(String name, Opener open, double seconds, double fadeSeconds) {}

  /** Opens an entry's sources: a run loaded, a video probed. */
  @FunctionalInterface
  public interface Opener {
    Ladder open() throws Exception;
  }

  public Programme {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("nothing to play");
    }
    entries = List.copyOf(entries);
  }
}
