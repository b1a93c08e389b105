package art.equilibria.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThreadGovernorTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void threadsAreTheCoresOthersLeaveFreeAtLeastOneAtMostAsked() {
    assertEquals(2, ThreadGovernor.threadsFor(2, 2, 0.0));
    assertEquals(2, ThreadGovernor.threadsFor(2, 2, 0.3)); // a browser now and then
    assertEquals(1, ThreadGovernor.threadsFor(2, 2, 1.0)); // a second training
    assertEquals(1, ThreadGovernor.threadsFor(2, 2, 2.0)); // two busy loops
    assertEquals(6, ThreadGovernor.threadsFor(8, 6, 1.0));
  }

  /** A machine of two cores whose other processes use {@code load} cores from now on. */
  private static final class FakeMachine {
    long nanos;
    long busy;
    long total;
    long own;
    double load;
    final List<Integer> applied = new ArrayList<>();

    void pass(long seconds) {
      nanos += seconds * SECOND;
      long ticks = 100 * seconds * 2;
      total += ticks;
      long others = Math.round(load * 100 * seconds);
      long mine = (ticks - others) / 2;
      busy += others + mine;
      own += mine;
    }

    ThreadGovernor governor() {
      return new ThreadGovernor(
          2, 2, () -> Optional.of(new CpuTimes(busy, total, own)), () -> nanos, applied::add);
    }
  }

  @Test
  void dropsToOneThreadBesideASecondTrainingAndComesBackWhenItEnds() {
    FakeMachine m = new FakeMachine();
    ThreadGovernor g = m.governor();
    m.load = 1.0;
    m.pass(2);
    g.tick();
    assertEquals(2, g.threads(), "one window is not enough");
    m.pass(2);
    g.tick();
    assertEquals(1, g.threads());
    m.load = 0;
    m.pass(2);
    g.tick();
    m.pass(2);
    g.tick();
    assertEquals(2, g.threads());
    assertEquals(List.of(1, 2), m.applied);
  }

  @Test
  void aBurstOfLoadInOneWindowChangesNothing() {
    FakeMachine m = new FakeMachine();
    ThreadGovernor g = m.governor();
    m.load = 2.0;
    m.pass(2);
    g.tick();
    m.load = 0;
    m.pass(2);
    g.tick();
    m.pass(2);
    g.tick();
    assertEquals(List.of(), m.applied);
  }

  @Test
  void withoutProcessorTimesNothingChanges() {
    List<Integer> applied = new ArrayList<>();
    long[] nanos = {0};
    ThreadGovernor g = new ThreadGovernor(2, 2, Optional::empty, () -> nanos[0], applied::add);
    for (int i = 0; i < 5; i++) {
      nanos[0] += 3 * SECOND;
      g.tick();
    }
    assertEquals(2, g.threads());
    assertEquals(List.of(), applied);
  }
}
