package art.equilibria.plot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loss plots of a run from its metrics lines: one chart per network and term ({@code
 * loss-g1-adversarial.png}; the same term means different things for different networks, and scales
 * differ), and {@code total.png} with each network's weighted total; each with a trailing mean over
 * the per-step values and the stages' starts marked.
 */
public final class LossPlots {
  private LossPlots() {}

  public static List<Plot> from(List<JsonNode> lines) {
    Map<String, Integer> networks = new LinkedHashMap<>();
    Map<String, Points> terms = new LinkedHashMap<>();
    Map<String, Points> totals = new LinkedHashMap<>();
    List<Plot.StageStart> stages = new ArrayList<>();
    int stage = Integer.MIN_VALUE;
    for (JsonNode line : lines) {
      double step = line.path("step").asDouble();
      int lineStage = line.path("stage").asInt(stage);
      if (lineStage != stage) {
        if (stage != Integer.MIN_VALUE) {
          stages.add(new Plot.StageStart(step, line.path("resolution").asInt()));
        }
        stage = lineStage;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = line.path("networks").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> network = it.next();
        String name = network.getKey();
        networks.putIfAbsent(name, networks.size());
        totals.computeIfAbsent(name, n -> new Points()).add(step, network.getValue().path("total"));
        network
            .getValue()
            .path("terms")
            .fields()
            .forEachRemaining(
                term ->
                    terms
                        .computeIfAbsent(name + "\u0000" + term.getKey(), k -> new Points())
                        .add(step, term.getValue()));
      }
    }
    List<Plot> plots = new ArrayList<>();
    terms.forEach(
        (key, points) -> {
          String network = key.substring(0, key.indexOf('\u0000'));
          String term = key.substring(key.indexOf('\u0000') + 1);
          Series series = points.series(term, NetworkColours.of(networks.get(network)));
          plots.add(
              new Plot(
                  "loss-" + network + "-" + term + ".png",
                  network + ": " + term,
                  List.of(series),
                  true,
                  stages));
        });
    List<Series> totalSeries = new ArrayList<>();
    totals.forEach(
        (network, points) ->
            totalSeries.add(points.series(network, NetworkColours.of(networks.get(network)))));
    if (!totalSeries.isEmpty()) {
      plots.add(new Plot("total.png", "total loss per network", totalSeries, true, stages));
    }
    return plots;
  }

  /** Values of one series as they are read; steps where the value is missing are left out. */
  private static final class Points {
    private double[] steps = new double[64];
    private double[] values = new double[64];
    private int size;

    void add(double step, JsonNode value) {
      if (!value.isNumber()) {
        return;
      }
      if (size == steps.length) {
        steps = java.util.Arrays.copyOf(steps, size * 2);
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      steps[size] = step;
      values[size] = value.asDouble();
      size++;
    }

    Series series(String name, java.awt.Color colour) {
      return new Series(
          name,
          colour,
          java.util.Arrays.copyOf(steps, size),
          java.util.Arrays.copyOf(values, size));
    }
  }
}
