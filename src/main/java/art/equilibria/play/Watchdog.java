package art.equilibria.play;

/**
 * Decides when generation must be restarted: its thread died of an exception, or it has made no
 * frame for longer than the stall limit. Restarts are spaced by a pause, so a source that fails at
 * once is retried calmly rather than in a tight loop.
 */
final class Watchdog {
  private final long stallNanos;
  private final long pauseNanos;
  private long lastRestart = Long.MIN_VALUE / 2;

  /**
   * @param stallNanos how long without a frame counts as stuck
   * @param pauseNanos least time between two restarts
   */
  Watchdog(long stallNanos, long pauseNanos) {
    this.stallNanos = stallNanos;
    this.pauseNanos = pauseNanos;
  }

  /** Why generation must restart now, or null when it is fine (or it is too soon to retry). */
  String check(Generation generation, long now) {
    String reason = null;
    if (generation.died()) {
      Throwable t = generation.failure();
      reason = t == null ? "generation ended" : describe(t);
    } else if (generation.running() && now - generation.heartbeat() > stallNanos) {
      reason = String.format("no frame for %.0f s", (now - generation.heartbeat()) / 1e9);
    }
    if (reason == null || now - lastRestart < pauseNanos) {
      return null;
    }
    lastRestart = now;
    return reason;
  }

  static String describe(Throwable t) {
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
