package art.equilibria.cluster;

import java.io.Serializable;
import java.util.OptionalInt;

/**
 * What one running task may use: its share of the machine's CPU threads and, where the machine has
 * GPUs, the one it was given.
 */
public record Slot(int threads, OptionalInt gpu) implements Serializable {
  public Slot {
    if (threads < 1) {
      throw new IllegalArgumentException("a slot needs at least one thread, not " + threads);
    }
  }
}
