package art.equilibria.sweep;

import art.equilibria.measure.Diversity;
import art.equilibria.metrics.GuardEvent;
import art.equilibria.metrics.NetworkMetrics;
import art.equilibria.metrics.StepMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A run's stability and variety from its metrics lines: no data, no networks. */
public final class MetricsScoring {
  private MetricsScoring() {}

  /** The last quarter of the lines (at least one): where a run has or has not settled. */
  static List<StepMetrics> late(List<StepMetrics> lines) {
    return lines.subList(lines.size() - Math.max(1, lines.size() / 4), lines.size());
  }

  public static Stability stability(List<StepMetrics> lines) {
    if (lines.isEmpty()) {
      return new Stability(0, 0, 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN);
    }
    Map<GuardEvent.Kind, Integer> events = new EnumMap<>(GuardEvent.Kind.class);
    int nonFiniteLines = 0;
    Map<String, List<Double>> gradients = new LinkedHashMap<>();
    for (StepMetrics line : lines) {
      if (line.events() != null) {
        line.events().forEach(e -> events.merge(e.kind(), 1, Integer::sum));
      }
      boolean finite = true;
      for (Map.Entry<String, NetworkMetrics> n : line.networks().entrySet()) {
        double g = n.getValue().gradNorm();
        finite &= Double.isFinite(g) && Double.isFinite(n.getValue().total());
        if (Double.isFinite(g)) {
          gradients.computeIfAbsent(n.getKey(), k -> new ArrayList<>()).add(g);
        }
      }
      nonFiniteLines += finite ? 0 : 1;
    }
    double peak = 1;
    for (List<Double> g : gradients.values()) {
      double median = median(g);
      if (median > 0) {
        peak = Math.max(peak, g.stream().mapToDouble(Double::doubleValue).max().orElse(0) / median);
      }
    }
    List<StepMetrics> late = late(lines);
    return new Stability(
        Math.max(nonFiniteLines, events.getOrDefault(GuardEvent.Kind.NON_FINITE, 0)),
        events.getOrDefault(GuardEvent.Kind.GRADIENT_SPIKE, 0),
        events.getOrDefault(GuardEvent.Kind.SATURATED, 0),
        events.getOrDefault(GuardEvent.Kind.COLLAPSE, 0),
        events.getOrDefault(GuardEvent.Kind.STASIS, 0),
        events.getOrDefault(GuardEvent.Kind.ROLLBACK, 0),
        peak,
        meanOverNetworks(late, n -> n.total(), MetricsScoring::deviation),
        meanOverNetworks(late, NetworkMetrics::saturation, MetricsScoring::mean));
  }

  public static Variety variety(List<StepMetrics> lines, int pictures) {
    Map<String, Diversity> last = null;
    for (StepMetrics line : lines) {
      if (line.snapshotDiversity() != null) {
        last = line.snapshotDiversity();
      }
    }
    double pixels = Double.NaN;
    double embeddings = Double.NaN;
    if (last != null && !last.isEmpty()) {
      pixels = last.values().stream().mapToDouble(Diversity::pixels).average().orElseThrow();
      embeddings =
          last.values().stream().mapToDouble(Diversity::embeddings).average().orElseThrow();
    }
    List<StepMetrics> late = lines.isEmpty() ? lines : late(lines);
    return new Variety(
        pixels,
        embeddings,
        pictures,
        meanOverNetworks(late, NetworkMetrics::diversity, MetricsScoring::mean),
        meanOverNetworks(late, NetworkMetrics::colourVariance, MetricsScoring::mean));
  }

  /**
   * A statistic of each network's values over the lines (networks without the value are left out),
   * averaged over the networks; NaN when none has it.
   */
  private static double meanOverNetworks(
      List<StepMetrics> lines,
      Function<NetworkMetrics, Double> value,
      Function<double[], Double> statistic) {
    Map<String, List<Double>> byNetwork = new LinkedHashMap<>();
    for (StepMetrics line : lines) {
      line.networks()
          .forEach(
              (name, n) -> {
                Double v = value.apply(n);
                if (v != null && Double.isFinite(v)) {
                  byNetwork.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
                }
              });
    }
    return byNetwork.values().stream()
        .mapToDouble(v -> statistic.apply(v.stream().mapToDouble(Double::doubleValue).toArray()))
        .average()
        .orElse(Double.NaN);
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }

  private static double deviation(double[] values) {
    double mean = mean(values);
    return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length);
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n == 0
        ? Double.NaN
        : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
