package art.equilibria.cluster;

import java.util.OptionalInt;

/**
 * What one running task may use: its share of the machine's CPU threads and, where the machine has
 * GPUs, the one it was given. Made where the task runs, so it never travels and is not serialisable
 * (nor is {@link OptionalInt}): a task returns its own record, not its slot.
 */
public record Slot(int threads, OptionalInt gpu) {
  public Slot {
    if (threads < 1) {
      throw new IllegalArgumentException("a slot needs at least one thread, not " + threads);
    }
  }
}
