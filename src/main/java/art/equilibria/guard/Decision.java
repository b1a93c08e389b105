package art.equilibria.guard;

import art.equilibria.metrics.GuardEvent;

/** What a training does after a step, as the guard's policy decides from the step's failures. */
public sealed interface Decision {
  /** Train on: nothing failed, or the policy only reports. */
  record Carry() implements Decision {}

  /** End the run; the last good checkpoint is kept. */
  record Stop(GuardEvent cause) implements Decision {}

  /** Restore the newest good checkpoint and take another path (rollback number {@code nth}). */
  record RollBack(GuardEvent cause, int nth) implements Decision {}
}
