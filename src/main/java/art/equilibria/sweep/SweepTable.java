package art.equilibria.sweep;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A sweep's scores as text: every score of every run in CSV, the main ones in Markdown. */
public final class SweepTable {
  /**
   * The CSV's columns an artist reads first (the Markdown table's scores, for one run), after those
   * that name the run and its values.
   */
  public static final List<String> FIRST_READ =
      List.of(
          "state",
          "steps",
          "equilibrium",
          "final_vendi",
          "g_difference",
          "gradient_spikes",
          "late_loss_spread",
          "failures");

  private SweepTable() {}

  /** The CSV's columns: the run, its values, each score, then the picture measures. */
  public static List<String> header(Grid grid, Collection<String> measures) {
    List<String> header = new ArrayList<>(List.of("rank", "cell", "repeat", "run"));
    grid.axes().forEach(a -> header.add(a.field()));
    header.addAll(
        List.of(
            "state",
            "steps",
            "equilibrium",
            "failures",
            "final_vendi",
            "final_embedding_vendi",
            "pictures",
            "late_batch_vendi",
            "late_colour_variance",
            "g_difference",
            "non_finite",
            "gradient_spikes",
            "saturated",
            "collapse",
            "stasis",
            "rollbacks",
            "gradient_peak",
            "late_loss_spread",
            "late_saturation"));
    header.addAll(measures);
    return header;
  }

  /** One row per run, by cell rank: the swept values, then each score on its own. */
  public static String csv(Grid grid, List<Ranking.Cell> ranking) {
    TreeSet<String> measures = new TreeSet<>();
    ranking.forEach(c -> c.runs().forEach(r -> measures.addAll(r.measures().keySet())));
    StringBuilder out = new StringBuilder(String.join(",", header(grid, measures))).append('\n');
    for (Ranking.Cell cell : ranking) {
      for (RunScores r : cell.runs()) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(cell.rank()));
        row.add(Integer.toString(cell.cell()));
        row.add(Integer.toString(grid.repeatOf(r.run())));
        row.add(grid.runName(r.run()));
        grid.values(cell.cell()).values().forEach(v -> row.add(quoted(v)));
        Stability s = r.stability();
        Variety v = r.variety();
        row.add(r.state());
        row.add(Long.toString(r.steps()));
        row.add(number(r.equilibrium()));
        row.add(r.failures().stream().map(Failure::key).collect(Collectors.joining("+")));
        for (double x :
            new double[] {
              v.finalVendi(),
              v.finalEmbeddingVendi(),
              v.pictures(),
              v.lateBatchVendi(),
              v.lateColourVariance(),
              r.difference(),
              s.nonFinite(),
              s.gradientSpikes(),
              s.saturated(),
              s.collapse(),
              s.stasis(),
              s.rollbacks(),
              s.gradientPeak(),
              s.lateLossSpread(),
              s.lateSaturation()
            }) {
          row.add(number(x));
        }
        measures.forEach(m -> row.add(number(r.measures().getOrDefault(m, Double.NaN))));
        out.append(String.join(",", row)).append('\n');
      }
    }
    return out.toString();
  }

  /** One row per cell, by rank: its values, overall score, the scores an artist reads first. */
  public static String markdown(Grid grid, List<Ranking.Cell> ranking) {
    List<String> header = new ArrayList<>(List.of("rank", "cell"));
    grid.axes().forEach(a -> header.add(a.field()));
    header.addAll(
        List.of("equilibrium", "vendi", "g-difference", "spikes", "late loss spread", "failures"));
    StringBuilder out = new StringBuilder();
    out.append("| ").append(String.join(" | ", header)).append(" |\n");
    out.append("|").append("---|".repeat(header.size())).append('\n');
    for (Ranking.Cell cell : ranking) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(cell.rank()));
      row.add(Integer.toString(cell.cell()));
      row.addAll(grid.values(cell.cell()).values());
      row.add(number(cell.score()));
      row.add(
          mean(cell, r -> r.variety().finalVendi()) + " / " + cell.first().variety().pictures());
      row.add(mean(cell, RunScores::difference));
      row.add(mean(cell, r -> r.stability().gradientSpikes()));
      row.add(mean(cell, r -> r.stability().lateLossSpread()));
      row.add(
          cell.failures().isEmpty()
              ? "-"
              : cell.failures().stream().map(Failure::key).collect(Collectors.joining(", ")));
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return out.toString();
  }

  private static String mean(Ranking.Cell cell, java.util.function.ToDoubleFunction<RunScores> f) {
    return number(cell.runs().stream().mapToDouble(f).average().orElse(Double.NaN));
  }

  static String number(double x) {
    if (Double.isNaN(x)) {
      return "";
    }
    return x == Math.rint(x) && Math.abs(x) < 1e9
        ? Long.toString((long) x)
        : String.format(Locale.ROOT, "%.4g", x);
  }

  /** A CSV as {@link #csv} writes it, back as rows of values, header first (quotes undone). */
  public static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      List<String> row = new ArrayList<>();
      StringBuilder value = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          value.append('"'); // a quote doubled within quotes
          i++;
        } else if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          row.add(value.toString());
          value.setLength(0);
        } else {
          value.append(c);
        }
      }
      row.add(value.toString());
      rows.add(row);
    }
    return rows;
  }

  private static String quoted(String value) {
    return value.contains(",") || value.contains("\"")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }
}
