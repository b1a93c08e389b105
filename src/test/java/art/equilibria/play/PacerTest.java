package art.equilibria.play;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Frame i is due at i/F by the clock, whatever the speed did before. */
class PacerTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void frameIIsDueAtIOverF() {
    AtomicLong clock = new AtomicLong(5 * SECOND);
    Pacer pacer = new Pacer(25, clock::get);
    pacer.start(0);
    assertEquals(0, pacer.due());
    assertEquals(SECOND, pacer.until(25));
    clock.addAndGet(SECOND + 1);
    assertEquals(25, pacer.due());
    assertEquals(0, pacer.until(25));
    clock.addAndGet(100 * SECOND);
    assertEquals(2525, pacer.due(), "no drift over a long time");
  }

  @Test
  void aNewSpeedGoesOnFromWhereTheShowIsWithoutAJump() {
    AtomicLong clock = new AtomicLong();
    Pacer pacer = new Pacer(10, clock::get);
    pacer.start(100);
    clock.addAndGet(SECOND);
    assertEquals(110, pacer.due());
    pacer.speed(2);
    assertEquals(110, pacer.due());
    clock.addAndGet(SECOND);
    assertEquals(130, pacer.due());
    pacer.speed(0);
    clock.addAndGet(10 * SECOND);
    assertEquals(130, pacer.due());
    assertEquals(Long.MAX_VALUE, pacer.until(131));
  }
}
