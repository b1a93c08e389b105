package art.equilibria.plot;

import java.util.List;

/**
 * One chart to write.
 *
 * @param file the PNG's name in the run's {@code plots/} folder
 * @param smoothed whether a trailing mean is drawn over each series (per-step losses are noisy)
 * @param stages where each stage after the first begins, marked on the chart
 */
public record Plot(
    String file, String title, List<Series> series, boolean smoothed, List<StageStart> stages) {

  /** The first step of a stage and the resolution it trains. */
  public record StageStart(double step, int resolution) {}
}
