package art.equilibria.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CpuTimesTest {

  @Test
  void parsesTheMachineAndThisProcessFromProc() {
    CpuTimes t =
        CpuTimes.parse(
            "cpu  100 5 20 300 10 1 2 3 0 0",
            "42 (java (main) x) S 1 42 42 0 -1 4194560 1 0 0 0 70 9 0 0 20 0 30 0");
    // busy: user + nice + system + irq + softirq + steal; total adds idle and iowait.
    assertEquals(new CpuTimes(131, 441, 79), t);
  }

  @Test
  void othersAreTheMachinesBusyTimeLessThisProcesss() {
    CpuTimes before = new CpuTimes(1000, 2000, 400);
    // 200 ticks of 2 cores passed: all busy, 100 of them this process's.
    CpuTimes after = new CpuTimes(1200, 2200, 500);
    assertEquals(1.0, after.othersSince(before, 2), 1e-9);
    assertEquals(0.0, before.othersSince(before, 2), 1e-9);
  }
}
