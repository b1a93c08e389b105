package art.equilibria.play;

import java.util.function.LongSupplier;

/**
 * When each frame is due: frame i at (i - from)/F seconds after the start, by a monotonic clock
 * (injectable for tests). Frames are never shown early and the schedule never slips: a late frame
 * makes the player skip ahead rather than drift. A speed other than 1 moves through the loop faster
 * or slower from the moment it is set, without a jump.
 */
public final class Pacer {
  private final double fps;
  private final LongSupplier nanos;
  private double base;
  private long since;
  private double speed = 1;

  /**
   * @param fps frames per second; 0 shows every frame as soon as it is made (benchmarks, soaks)
   * @param nanos a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests
   */
  public Pacer(double fps, LongSupplier nanos) {
    if (!(fps >= 0)) {
      throw new IllegalArgumentException("fps must be 0 or more: " + fps);
    }
    this.fps = fps;
    this.nanos = nanos;
    this.since = nanos.getAsLong();
  }

  /** Frame {@code from} is due now. */
  public synchronized void start(long from) {
    base = from;
    since = nanos.getAsLong();
  }

  public boolean paced() {
    return fps > 0;
  }

  public double fps() {
    return fps;
  }

  public synchronized double speed() {
    return speed;
  }

  /** Frames of the loop per frame of time from now on: 2 twice as fast, 0 paused. */
  public synchronized void speed(double speed) {
    if (!(speed >= 0)) {
      throw new IllegalArgumentException("speed must be 0 or more: " + speed);
    }
    base = position();
    since = nanos.getAsLong();
    this.speed = speed;
  }

  /** The newest frame whose time has come (-1 before the start); unpaced, always -1. */
  public synchronized long due() {
    return paced() ? (long) Math.floor(position()) : -1;
  }

  /** Nanoseconds until frame {@code index} is due; 0 or less when it is (or unpaced). */
  public synchronized long until(long index) {
    if (!paced()) {
      return 0;
    }
    double frames = index - position();
    if (frames <= 0) {
      return 0;
    }
    return speed == 0 ? Long.MAX_VALUE : (long) Math.ceil(frames * 1e9 / (fps * speed));
  }

  private double position() {
    return base + (nanos.getAsLong() - since) * fps * speed / 1e9;
  }
}
