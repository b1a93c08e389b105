package art.equilibria.sweep;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One run's scores, from data-free signals: what a sweep's task gives back (small and serialisable,
 * so a cluster's worker can return it).
 *
 * @param run the run's number in the sweep
 * @param state the run's state as its run.json says (finished, stopped, failed), or {@link
 *     #GUARD_STOPPED}
 * @param steps steps done
 * @param difference how unlike the first two generators' last snapshots are ({@code
 *     measure.Difference}: 0 the same, 1 black against white)
 * @param measures the picture measures of the last snapshot, averaged over the generators
 * @param failures what went wrong, if anything
 * @param equilibrium the overall score, see {@link #equilibrium(Stability, Variety, List)}
 */
public record RunScores(
    int run,
    String state,
    long steps,
    Stability stability,
    Variety variety,
    double difference,
    Map<String, Double> measures,
    List<Failure> failures,
    double equilibrium)
    implements Serializable {

  /** The state of a run the guard's policy stopped (run.json says so in its guard_stop). */
  public static final String GUARD_STOPPED = "stopped-by-guard";

  /** Whether the run has ended as its piece says: finished, or stopped by the guard. */
  public boolean ended() {
    return state.equals("finished") || state.equals(GUARD_STOPPED);
  }

  /**
   * The overall score, 0 to 1, higher nearer a lively equilibrium: the share of different pictures
   * in the last snapshot ({@link Variety#share}), times a calm of {@code 1 / (1 + gradient spikes +
   * rollbacks + stasis events)}, times the share of values not clipped late in training; 0 when the
   * run exploded. It rewards runs that keep making many different pictures without the guard
   * stepping in; each score is also given on its own.
   */
  static double equilibrium(Stability s, Variety v, List<Failure> failures) {
    if (failures.contains(Failure.EXPLODED)) {
      return 0;
    }
    double calm = 1.0 / (1 + s.gradientSpikes() + s.rollbacks() + s.stasis());
    double unclipped = Double.isNaN(s.lateSaturation()) ? 1 : 1 - s.lateSaturation();
    return v.share() * calm * unclipped;
  }
}
