package art.equilibria.guard;

import art.equilibria.image.Images;
import art.equilibria.metrics.GuardEvent;
import art.equilibria.metrics.NetworkMetrics;
import art.equilibria.metrics.StepMetrics;
import art.equilibria.piece.GuardSpec;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Watches the edge the artwork looks for: explosion (non-finite values, a gradient norm far above
 * its recent median, output saturated to the extremes) and collapse (a generator's batch losing its
 * variance, snapshots that stop changing).
 */
public final class Guard {
  /** Gradient norms remembered per network for the running median. */
  private static final int WINDOW = 50;

  /** Norms needed before a spike can be judged. */
  private static final int MIN_HISTORY = 10;

  private final GuardSpec spec;
  private final Map<String, Deque<Double>> norms = new HashMap<>();
  private final Map<String, int[]> previousGrids = new HashMap<>();

  public Guard(GuardSpec spec) {
    this.spec = spec;
  }

  /** Events of one training step. */
  public List<GuardEvent> check(StepMetrics m) {
    List<GuardEvent> events = new ArrayList<>();
    for (Map.Entry<String, NetworkMetrics> e : m.networks().entrySet()) {
      String network = e.getKey();
      NetworkMetrics n = e.getValue();
      if (!finite(n)) {
        events.add(
            new GuardEvent(
                m.step(),
                network,
                GuardEvent.Kind.NON_FINITE,
                "loss " + n.total() + ", gradient norm " + n.gradNorm()));
        continue;
      }
      spike(m.step(), network, n.gradNorm()).ifPresent(events::add);
      if (n.diversity() != null && n.diversity() < spec.minDiversity()) {
        events.add(
            new GuardEvent(
                m.step(),
                network,
                GuardEvent.Kind.COLLAPSE,
                String.format(
                    "the batch holds %.2f different pictures (limit %.2f): every picture alike",
                    n.diversity(), spec.minDiversity())));
      }
      if (n.saturation() != null && n.saturation() > spec.saturation()) {
        events.add(
            new GuardEvent(
                m.step(),
                network,
                GuardEvent.Kind.SATURATED,
                String.format(
                    "%.1f%% of channel values shown clipped (limit %.1f%%)",
                    100 * n.saturation(), 100 * spec.saturation())));
      }
    }
    return events;
  }

  private Optional<GuardEvent> spike(long step, String network, double norm) {
    Deque<Double> history = norms.computeIfAbsent(network, k -> new ArrayDeque<>());
    if (history.size() >= MIN_HISTORY) {
      double median = median(history);
      if (median > 0 && norm > spec.gradientSpike() * median) {
        // A spike is not added to the history: it must not raise the bar for the next one.
        return Optional.of(
            new GuardEvent(
                step,
                network,
                GuardEvent.Kind.GRADIENT_SPIKE,
                String.format(
                    "gradient norm %.3g is %.0fx its recent median %.3g",
                    norm, norm / median, median)));
      }
    }
    history.addLast(norm);
    if (history.size() > WINDOW) {
      history.removeFirst();
    }
    return Optional.empty();
  }

  /** Events of a snapshot: a generator whose grid barely changed since the last one. */
  public List<GuardEvent> checkSnapshot(long step, Map<String, BufferedImage> grids) {
    List<GuardEvent> events = new ArrayList<>();
    for (Map.Entry<String, BufferedImage> e : grids.entrySet()) {
      BufferedImage grid = e.getValue();
      int[] pixels = Images.pixels(grid);
      int[] before = previousGrids.put(e.getKey(), pixels);
      if (before != null && before.length == pixels.length) {
        double change = Images.meanDifference(before, pixels);
        if (change < spec.stasis()) {
          events.add(
              new GuardEvent(
                  step,
                  e.getKey(),
                  GuardEvent.Kind.STASIS,
                  String.format(
                      "snapshot changed by %.3f of 255 since the last one (limit %.3f)",
                      change, spec.stasis())));
        }
      }
    }
    return events;
  }

  /**
   * What the piece's policy makes of a step's failures (events of this step and of its snapshot).
   *
   * @param rollbacksDone rollbacks this run already made, a resume's included
   */
  public Decision decide(List<GuardEvent> failures, int rollbacksDone) {
    if (failures.isEmpty()) {
      return new Decision.Carry();
    }
    GuardEvent cause = failures.get(0);
    return switch (spec.policy()) {
      case CONTINUE -> new Decision.Carry();
      case STOP -> new Decision.Stop(cause);
      case ROLLBACK ->
          rollbacksDone < spec.rollbacks()
              ? new Decision.RollBack(cause, rollbacksDone + 1)
              : new Decision.Stop(cause);
    };
  }

  /** Forgets the past, after a rollback changed it. */
  public void reset() {
    norms.clear();
    previousGrids.clear();
  }

  private static boolean finite(NetworkMetrics n) {
    return Double.isFinite(n.total())
        && Double.isFinite(n.gradNorm())
        && n.terms().values().stream().allMatch(Double::isFinite);
  }

  private static double median(Deque<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
