package art.equilibria.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WarmUpTest {
  /** A step of 100 ms, during which the compiler works {@code compiling} ms while it is busy. */
  private static int warmUp(int busySteps, long compiling) throws Exception {
    long[] now = {0};
    long[] compiled = {0};
    int[] done = {0};
    WarmUp warmUp = new WarmUp(() -> compiled[0], () -> now[0]);
    return warmUp.run(
        () -> {
          done[0]++;
          now[0] += 100_000_000L;
          if (done[0] <= busySteps) {
            compiled[0] += compiling;
          }
        });
  }

  @Test
  void anIdleCompilerNeedsOnlyTheLeastWarmUp() throws Exception {
    assertEquals(WarmUp.LEAST, warmUp(0, 0));
  }

  @Test
  void warmsUpUntilAWholeWindowPassesWithTheCompilerQuiet() throws Exception {
    assertEquals(12 + WarmUp.WINDOW, warmUp(12, 50));
  }

  @Test
  void aLittleCompilingCountsAsQuiet() throws Exception {
    assertEquals(WarmUp.LEAST, warmUp(1000, 1));
  }

  @Test
  void aCompilerThatNeverRestsEndsTheWarmUpAtTheMost() throws Exception {
    assertEquals(WarmUp.MOST, warmUp(Integer.MAX_VALUE, 50));
  }
}
