package art.equilibria.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {

  private static final Optimiser ADAM = new Optimiser(0.01, 0, 0.99, 1e-8);
  private static final Schedule SKETCH = new Schedule(16, 64, 100, 0.5, 8, ADAM);

  @Test
  void countsStagesFromStartToFinalResolution() {
    assertEquals(3, SKETCH.stages());
    assertEquals(5, new Schedule(32, 512, 300, 0.5, 10, ADAM).stages());
    assertEquals(1, new Schedule(64, 64, 300, 0.5, 10, ADAM).stages());
  }

  @Test
  void totalStepsAreStagesTimesStepsPerStage() {
    assertEquals(300, SKETCH.totalSteps());
    assertEquals(1500, new Schedule(32, 512, 300, 0.5, 10, ADAM).totalSteps());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0, 16, 1.0",
    "99, 0, 16, 1.0",
    "100, 1, 32, 0.0",
    "125, 1, 32, 0.5",
    "150, 1, 32, 1.0",
    "199, 1, 32, 1.0",
    "200, 2, 64, 0.0",
    "225, 2, 64, 0.5",
    "299, 2, 64, 1.0",
    "1000, 2, 64, 1.0",
  })
  void growsAndFadesInEachNewResolution(long step, int stage, int resolution, double alpha) {
    Growth growth = SKETCH.growthAt(step);

    assertEquals(stage, growth.stage());
    assertEquals(resolution, growth.resolution());
    assertEquals(alpha, growth.alpha(), 1e-12);
  }

  @Test
  void noFadeSwitchesResolutionAtOnce() {
    Schedule abrupt = new Schedule(16, 64, 100, 0, 8, ADAM);

    assertEquals(new Growth(1, 32, 1.0), abrupt.growthAt(100));
  }

  @Test
  void aFullFadeTakesTheWholeStage() {
    Schedule slow = new Schedule(16, 64, 100, 1, 8, ADAM);

    assertEquals(0.5, slow.growthAt(150).alpha(), 1e-12);
  }

  @Test
  void theReaderListsTheScheduleResolutions() {
    assertEquals(List.of(16, 32, 64), ScheduleReader.resolutions(SKETCH));
  }

  @Test
  void aTermIsActiveFromItsFirstStepUntilItsLast() {
    TermSpec term = term(1, 10, 20, List.of());

    assertFalse(term.activeAt(9, 16));
    assertTrue(term.activeAt(10, 16));
    assertTrue(term.activeAt(19, 16));
    assertFalse(term.activeAt(20, 16));
  }

  @Test
  void aTermWithEveryIsActiveOnEveryNthStepCountedFromItsStart() {
    TermSpec term = term(3, 10, Long.MAX_VALUE, List.of());

    assertTrue(term.activeAt(10, 16));
    assertFalse(term.activeAt(11, 16));
    assertFalse(term.activeAt(12, 16));
    assertTrue(term.activeAt(13, 16));
    assertTrue(term.activeAt(3010, 16));
  }

  @Test
  void aTermWithStagesIsActiveOnlyAtThoseResolutions() {
    TermSpec term = term(1, 0, Long.MAX_VALUE, List.of(32, 64));

    assertFalse(term.activeAt(5, 16));
    assertTrue(term.activeAt(5, 32));
    assertTrue(term.activeAt(5, 64));
  }

  @Test
  void aTermWithoutStagesIsActiveAtEveryResolution() {
    TermSpec term = term(1, 0, Long.MAX_VALUE, List.of());

    for (int resolution = 4; resolution <= 2048; resolution *= 2) {
      assertTrue(term.activeAt(0, resolution));
    }
  }

  private static TermSpec term(int every, long from, long until, List<Integer> stages) {
    return new TermSpec("adversarial", 1.0, every, from, until, stages, Map.of());
  }
}
