package art.equilibria.plot;

import java.util.List;

/**
 * One chart to write.
 *
 * @param file the PNG's name in the run's {@code plots/} folder
 * @param smoothed whether a trailing mean is drawn over each series (per-step losses are noisy)
 */
public record Plot(String file, String title, List<Series> series, boolean smoothed) {}
