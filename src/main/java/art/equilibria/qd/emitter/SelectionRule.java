package art.equilibria.qd.emitter;

/** How many of the ranked samples an evolution strategy recombines, as pyribs' selection rules. */
public enum SelectionRule {
  /** The best half, as a plain CMA-ES (pyribs' "mu"; CMA-MAE's tutorial). */
  MU,
  /** Those the archive took (pyribs' "filter"; CMA-ME). */
  FILTER;

  int parents(int added, int batchSize) {
    return this == MU ? batchSize / 2 : added;
  }
}
