package art.equilibria.play;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Events per second over the last few seconds (frames shown, frames generated), or over a shorter
 * stretch of them.
 */
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
  public double perSecond(long nanos) {
    return perSecond(nanos, windowNanos);
  }

  /** Events per second over the last {@code over} nanoseconds (at most the window). */
  public synchronized double perSecond(long nanos, long over) {
    drop(nanos);
    int count = 0;
    long earliest = nanos;
    for (Iterator<Long> newest = times.descendingIterator(); newest.hasNext(); ) {
      long t = newest.next();
      if (nanos - t > over) {
        break;
      }
      count++;
      earliest = t;
    }
    return count < 2 ? 0 : (count - 1) * 1e9 / Math.max(1, nanos - earliest);
  }

  private void drop(long nanos) {
    while (!times.isEmpty() && nanos - times.peekFirst() > windowNanos) {
      times.removeFirst();
    }
  }
}
