package art.equilibria.play;

import java.util.ArrayDeque;

/** Events per second over the last few seconds: frames shown, frames generated. */
public final class Rate {
  private final long windowNanos;
  private final ArrayDeque<Long> times = new ArrayDeque<>();

  public Rate(long windowNanos) {
    this.windowNanos = windowNanos;
  }

  public synchronized void tick(long nanos) {
    times.addLast(nanos);
    drop(nanos);
  }

  /** Events per second in the window ending now; 0 before two events. */
  public synchronized double perSecond(long nanos) {
    drop(nanos);
    if (times.size() < 2) {
      return 0;
    }
    return (times.size() - 1) * 1e9 / Math.max(1, nanos - times.peekFirst());
  }

  private void drop(long nanos) {
    while (!times.isEmpty() && nanos - times.peekFirst() > windowNanos) {
      times.removeFirst();
    }
  }
}
