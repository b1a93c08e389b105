package art.equilibria.qd.emitter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.qd.archive.AddResult;
import art.equilibria.qd.archive.AddStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankerTest {
  private static final List<AddResult> RESULTS =
      List.of(
          new AddResult(AddStatus.NEW, 5),
          new AddResult(AddStatus.IMPROVE_EXISTING, 7),
          new AddResult(AddStatus.NOT_ADDED, -1),
          new AddResult(AddStatus.IMPROVE_EXISTING, 0.5),
          new AddResult(AddStatus.NEW, 2));

  @Test
  void improvementRanksByValueAlone() {
    assertArrayEquals(new int[] {1, 0, 4, 3, 2}, Ranker.IMPROVEMENT.rank(RESULTS).order());
  }

  @Test
  void twoStageImprovementRanksNewCellsThenImprovementsThenTheRest() {
    assertArrayEquals(
        new int[] {0, 4, 1, 3, 2}, Ranker.TWO_STAGE_IMPROVEMENT.rank(RESULTS).order());
  }

  @Test
  void equalValuesKeepTheirBatchOrder() {
    List<AddResult> ties =
        List.of(
            new AddResult(AddStatus.NOT_ADDED, -1),
            new AddResult(AddStatus.NEW, 3),
            new AddResult(AddStatus.NEW, 3));
    assertArrayEquals(new int[] {1, 2, 0}, Ranker.IMPROVEMENT.rank(ties).order());
  }

  @Test
  void aRankingIsFlatOnlyWhenItsBestAndWorstValuesAgree() {
    assertFalse(Ranker.IMPROVEMENT.rank(RESULTS).isFlat());
    List<AddResult> same =
        List.of(new AddResult(AddStatus.NOT_ADDED, -2), new AddResult(AddStatus.NOT_ADDED, -2));
    assertTrue(Ranker.IMPROVEMENT.rank(same).isFlat());
    // The same value but another status is not flat for the two-stage ranker.
    List<AddResult> statuses =
        List.of(new AddResult(AddStatus.NEW, 2), new AddResult(AddStatus.IMPROVE_EXISTING, 2));
    assertTrue(Ranker.IMPROVEMENT.rank(statuses).isFlat());
    assertFalse(Ranker.TWO_STAGE_IMPROVEMENT.rank(statuses).isFlat());
  }
}
