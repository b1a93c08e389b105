package art.equilibria.piece;

import java.util.List;
import java.util.Map;

/**
 * One loss term a network is trained with.
 *
 * @param term the registered name of the term
 * @param weight factor of the term in the network's total loss
 * @param every active on every n-th step only (1: every step)
 * @param from first step it is active (inclusive)
 * @param until step it stops being active (exclusive); {@code Long.MAX_VALUE}: never stops
 * @param stages resolutions of the stages it is active in; empty: all stages
 * @param options term-specific options (for example a margin), checked by the term
 */
public record TermSpec(
    String term,
    double weight,
    int every,
    long from,
    long until,
    List<Integer> stages,
    Map<String, Object> options) {

  /** Whether the term contributes at this step, in the stage of this resolution. */
  public boolean activeAt(long step, int resolution) {
    return step >= from
        && step < until
        && (step - from) % every == 0
        && (stages.isEmpty() || stages.contains(resolution));
  }
}
