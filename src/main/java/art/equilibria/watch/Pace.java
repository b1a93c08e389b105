package art.equilibria.watch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * How fast a run trains, from the wall-clock seconds in its newest metrics lines: stages get slower
 * as they grow, so only the recent rate says how long is left.
 *
 * @param secondsPerStep NaN before two steps
 */
public record Pace(double secondsPerStep) {
  private static final int WINDOW = 20;

  public static Pace of(List<JsonNode> lines) {
    int n = lines.size();
    if (n < 2) {
      return new Pace(Double.NaN);
    }
    JsonNode first = lines.get(Math.max(0, n - 1 - WINDOW));
    JsonNode last = lines.get(n - 1);
    double seconds = last.path("seconds").asDouble() - first.path("seconds").asDouble();
    double steps = last.path("step").asDouble() - first.path("step").asDouble();
    // Seconds restart at a resume; a window across one says nothing.
    return new Pace(seconds > 0 && steps > 0 ? seconds / steps : Double.NaN);
  }

  /** Seconds left for the remaining steps; NaN when the rate is not known. */
  public double secondsLeft(long stepsLeft) {
    return secondsPerStep * Math.max(0, stepsLeft);
  }
}
