package art.equilibria.play;

import static art.equilibria.play.LadderSteps.Move.DOWN;
import static art.equilibria.play.LadderSteps.Move.STAY;
import static art.equilibria.play.LadderSteps.Move.UP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A show steps down only after a whole slow window, and tries the rung above again later. */
class LadderStepsTest {
  private static final long S = TimeUnit.SECONDS.toNanos(1);
  private static final long MIN = 60 * S;

  @Test
  void aSourceIsJudgedOnlyAfterItsFirstSecondsAndAWholeWindow() {
    LadderSteps steps = new LadderSteps();
    long first = 100 * S;
    assertEquals(STAY, steps.judge(first + 24 * S, first, 20, 30, true, false));
    assertEquals(DOWN, steps.judge(first + 25 * S, first, 20, 30, true, false));
  }

  @Test
  void nineTenthsOfTheRateIsKeepingUp() {
    LadderSteps steps = new LadderSteps();
    assertEquals(STAY, steps.judge(60 * S, S, 27, 30, true, false));
    assertEquals(DOWN, steps.judge(61 * S, S, 26.9, 30, true, false));
  }

  @Test
  void nothingIsJudgedBeforeTheFirstFrame() {
    assertEquals(STAY, new LadderSteps().judge(600 * S, 0, 0, 30, true, false));
  }

  @Test
  void aReturnThatFailsWaitsTwiceAsLongAndOneThatHoldsResetsTheWait() {
    LadderSteps steps = new LadderSteps();
    long t = 30 * S;
    assertEquals(DOWN, steps.judge(t, S, 20, 30, true, false));
    // On the rung below, keeping up: the rung above is tried again ten minutes later.
    assertEquals(STAY, steps.judge(t + 10 * MIN - S, t + S, 30, 30, false, false));
    long back = t + 10 * MIN;
    assertEquals(UP, steps.judge(back, t + S, 30, 30, false, false));
    // Still too slow up there: down again, and the next try waits twenty minutes.
    long down = back + 26 * S;
    assertEquals(DOWN, steps.judge(down, back + S, 20, 30, true, false));
    assertEquals(STAY, steps.judge(down + 20 * MIN - S, down + S, 30, 30, false, false));
    long again = down + 20 * MIN;
    assertEquals(UP, steps.judge(again, down + S, 30, 30, false, false));
    // This time it holds for a whole window; the next fall waits ten minutes again.
    assertEquals(STAY, steps.judge(again + 26 * S, again + S, 30, 30, true, false));
    long fall = again + 5 * MIN;
    assertEquals(DOWN, steps.judge(fall, again + S, 20, 30, true, false));
    assertEquals(UP, steps.judge(fall + 10 * MIN, fall + S, 30, 30, false, false));
  }

  @Test
  void theLastRungStaysWhenSlowAndStillTriesTheOneAbove() {
    LadderSteps steps = new LadderSteps();
    assertEquals(DOWN, steps.judge(30 * S, S, 20, 30, false, false));
    assertEquals(STAY, steps.judge(60 * S, 31 * S, 10, 30, false, true));
    assertEquals(UP, steps.judge(30 * S + 10 * MIN, 31 * S, 10, 30, false, true));
  }

  @Test
  void theBestRungIsNeverLeftUpwards() {
    LadderSteps steps = new LadderSteps();
    assertEquals(STAY, steps.judge(TimeUnit.DAYS.toNanos(3), S, 30, 30, true, false));
  }
}
