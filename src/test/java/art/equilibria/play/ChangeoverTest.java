package art.equilibria.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The next entry of a programme is opened ahead of its time, so the change comes on time. */
class ChangeoverTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  @Test
  void anEntryThatTakesAWhileToOpenComesOnAtItsTime() throws Exception {
    CountDownLatch openingBegun = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Ladder first = FakeShow.ladder(new FakeShow.Source(-1));
    Ladder second = FakeShow.ladder(new FakeShow.Source(-1));
    Programme programme =
        new Programme(
            List.of(
                new Programme.Entry("first", () -> first, 100, 0),
                new Programme.Entry(
                    "second",
                    () -> {
                      openingBegun.countDown();
                      release.await();
                      return second;
                    },
                    100,
                    0)),
            first);
    Changeover changeover = new Changeover(programme, 0, 1000, why -> {}, 60 * SECOND);
    try {
      assertFalse(changeover.step(39 * SECOND, 30));
      assertEquals(1, openingBegun.getCount(), "opened more than the preload ahead");
      assertFalse(changeover.step(40 * SECOND, 30));
      assertTrue(openingBegun.await(1, TimeUnit.MINUTES), "not opened 60 s ahead");
      // Opening takes 59 s by the show's clock; once open it waits for its time.
      assertFalse(changeover.step(99 * SECOND, 30));
      release.countDown();
      for (int i = 0; i < 100; i++) {
        assertFalse(changeover.step(99 * SECOND, 30), "changed before its time");
        Thread.sleep(10);
      }
      assertTrue(changeover.step(100 * SECOND, 30), "not changed at its time");
      assertEquals(second, changeover.ladder());
      assertEquals(200 * SECOND, changeover.switchAt(), "the next change is not its time on");
    } finally {
      release.countDown();
      changeover.close(List.of());
    }
  }
}
