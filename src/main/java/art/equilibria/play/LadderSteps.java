package art.equilibria.play;

import java.util.concurrent.TimeUnit;

/**
 * When a show moves on its {@link Ladder}. Down when generation made under 90% of the frame rate
 * over a whole judging window, so that a blip (a backup starting, a burst of other work) is not
 * enough; the first seconds of a source are left out, as they are slower. Back up after a while,
 * since what made it slow may have passed: ten minutes after stepping down, twice as long after
 * each return that failed, at most a day. A return that holds for a judging window resets the wait.
 */
final class LadderSteps {
  enum Move {
    STAY,
    DOWN,
    UP
  }

  /** Generation must make this share of the frame rate, or the show steps down. */
  static final double KEEPING_UP = 0.9;

  /** The first seconds of a source, not judged (the first frames are slower). */
  static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(5);

  /** How long generation is watched before it is judged. */
  static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(20);

  static final long FIRST_WAIT_NANOS = TimeUnit.MINUTES.toNanos(10);
  static final long LONGEST_WAIT_NANOS = TimeUnit.DAYS.toNanos(1);

  private long wait = FIRST_WAIT_NANOS;
  private long returnAt = Long.MAX_VALUE;
  private boolean returning;

  /**
   * @param first when the source now shown made its first frame (0: not yet)
   * @param made frames made per second over the last {@link #WINDOW_NANOS}
   * @param wanted frames per second the show needs
   * @param top whether the show is on the best rung
   * @param bottom whether it is on the last
   */
  Move judge(long now, long first, double made, double wanted, boolean top, boolean bottom) {
    boolean judged = first != 0 && now - first >= SETTLE_NANOS + WINDOW_NANOS;
    if (judged && made < KEEPING_UP * wanted && !bottom) {
      if (returning) {
        wait = Math.min(2 * wait, LONGEST_WAIT_NANOS);
      }
      returning = false;
      returnAt = now + wait;
      return Move.DOWN;
    }
    if (judged && returning) {
      returning = false;
      wait = FIRST_WAIT_NANOS;
    }
    if (!top && now >= returnAt) {
      returning = true;
      returnAt = Long.MAX_VALUE;
      return Move.UP;
    }
    return Move.STAY;
  }
}
