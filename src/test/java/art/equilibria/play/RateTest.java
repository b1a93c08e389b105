package art.equilibria.play;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Events per second over the whole window or the last part of it. */
class RateTest {
  private static final long S = TimeUnit.SECONDS.toNanos(1);

  @Test
  void aShorterStretchCountsOnlyItsOwnEvents() {
    Rate rate = new Rate(20 * S);
    // 10 a second for 10 s, then 30 a second for 10 s.
    for (long t = 0; t < 10 * S; t += S / 10) {
      rate.tick(t);
    }
    for (long t = 10 * S; t <= 20 * S; t += S / 30) {
      rate.tick(t);
    }
    assertEquals(30, rate.perSecond(20 * S, 5 * S), 0.5);
    assertEquals(20, rate.perSecond(20 * S), 0.6);
  }

  @Test
  void fewerThanTwoEventsAreNoRate() {
    Rate rate = new Rate(5 * S);
    rate.tick(0);
    assertEquals(0, rate.perSecond(S));
    assertEquals(0, rate.perSecond(10 * S));
  }
}
