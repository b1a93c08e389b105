package art.equilibria.qd.emitter;

/**
 * When an emitter restarts its evolution strategy from a random elite, besides the strategy's own
 * degeneracy checks, as pyribs' restart rules.
 */
public enum RestartRule {
  /** Also when the archive took none of a batch (pyribs' "no_improvement"; CMA-ME). */
  NO_IMPROVEMENT,
  /** Only on the strategy's own checks (pyribs' "basic"; CMA-MAE). */
  BASIC;

  boolean due(int added) {
    return this == NO_IMPROVEMENT && added == 0;
  }
}
