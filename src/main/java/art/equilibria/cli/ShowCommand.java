package art.equilibria.cli;

import art.equilibria.loss.LossTerms;
import art.equilibria.piece.GeneratorSpec;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceException;
import art.equilibria.piece.TermCatalogue;
import art.equilibria.run.FrozenPiece;
import art.equilibria.run.MetricsTail;
import art.equilibria.run.RunException;
import art.equilibria.run.RunFiles;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.run.RunStatus;
import art.equilibria.search.Searches;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code equilibria show RUN}: one run at a glance. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Summarise a run: piece, settings, its last metrics and its files.")
final class ShowCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "RUN", description = "The run folder, renders/<piece>/<run>.")
  Path runDir;

  @Override
  public Integer call() throws IOException, RunException {
    RunFolder run = RunFolder.open(runDir);
    print(run, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return 0;
  }

  static void print(RunFolder run, PrintWriter out) throws IOException {
    RunInfo info = RunInfo.read(run);
    RunStatus status = RunStatus.of(run, info);
    out.printf("%s (%s)  %s%n", info.title(), info.piece(), run.dir());
    field(
        out,
        "state",
        String.format(
            "%s, %d of %d steps, started %s, version %s",
            status.state(),
            status.stepsDone(),
            info.totalSteps(),
            Times.local(info.started()),
            info.version()));
    if (info.stoppedByGuard()) {
      field(out, "guard", "stopped the run at " + info.guardStop());
    }
    field(out, "seed", info.seed() + ", device " + info.device());
    field(out, "piece", info.source() + " (frozen in piece.yaml)");
    try {
      settings(
          FrozenPiece.read(run, info, TermCatalogue.forFinishedRuns(LossTerms.installed())), out);
    } catch (PieceException e) {
      field(out, "settings", "piece.yaml cannot be read: " + e.getMessage());
    }
    JsonNode last = new MetricsTail(run.metrics()).last();
    if (last == null) {
      field(out, "last step", "none yet");
    } else {
      lastStep(last, out);
    }
    files(RunFiles.of(run), out);
    String label = "searches";
    for (Searches.Summary search : Searches.of(run.dir())) {
      field(out, label, search.name() + " (" + search.state() + "): " + search.summary());
      label = "";
    }
  }

  private static void settings(Piece p, PrintWriter out) {
    var s = p.schedule();
    field(
        out,
        "schedule",
        String.format(
            "%d to %d px, %d stages of %d steps, fade %s, batch %d; Adam lr %s, betas %s %s",
            s.startResolution(),
            s.finalResolution(),
            s.stages(),
            s.stepsPerStage(),
            number(s.fade()),
            s.batch(),
            number(s.optimiser().lr()),
            number(s.optimiser().beta1()),
            number(s.optimiser().beta2())));
    field(
        out,
        "snapshots",
        String.format(
            "every %d steps, %dx%d grid; checkpoints every %d, newest %d kept",
            p.snapshots().every(),
            p.snapshots().grid(),
            p.snapshots().grid(),
            p.checkpoints().every(),
            p.checkpoints().keep()));
    String shape = "generators";
    for (String g : p.generators()) {
      GeneratorSpec spec = p.generator(g);
      field(
          out,
          shape,
          String.format(
              "%s  %s, %s output, noise %s; display %s",
              g,
              spec.synthesis().key(),
              spec.output().key(),
              spec.noise().key(),
              p.render().display().key()));
      shape = "";
    }
    String label = "terms";
    int width = p.networks().keySet().stream().mapToInt(String::length).max().orElse(1);
    for (String network : p.networks().keySet()) {
      List<String> terms =
          p.termsOf(network).stream()
              .map(t -> t.term() + (t.weight() == 1 ? "" : " x" + number(t.weight())))
              .toList();
      field(out, label, String.format("%-" + width + "s  %s", network, String.join(", ", terms)));
      label = "";
    }
  }

  private static void lastStep(JsonNode m, PrintWriter out) {
    double alpha = m.path("alpha").asDouble(1);
    field(
        out,
        "last step",
        String.format(
            "%d: stage %d, %d px, fade %s, %.1f s, %.0f MiB resident",
            m.path("step").asLong(),
            m.path("stage").asInt() + 1,
            m.path("resolution").asInt(),
            alpha < 1 ? String.format("%.2f", alpha) : "done",
            m.path("seconds").asDouble(),
            m.path("rss_mb").asDouble()));
    m.path("networks")
        .fields()
        .forEachRemaining(
            n -> {
              JsonNode v = n.getValue();
              StringBuilder line = new StringBuilder(n.getKey());
              line.append("  total ").append(number(v.path("total").asDouble()));
              v.path("terms")
                  .fields()
                  .forEachRemaining(
                      t ->
                          line.append("  ")
                              .append(t.getKey())
                              .append(' ')
                              .append(number(t.getValue().asDouble())));
              line.append("  grad norm ").append(number(v.path("grad_norm").asDouble()));
              if (v.has("colour_variance")) {
                line.append("  colour variance ")
                    .append(number(v.path("colour_variance").asDouble()));
              }
              if (v.has("diversity")) {
                line.append(
                    String.format(
                        "  %.1f%% clipped, %.2f different of the batch",
                        100 * v.path("saturation").asDouble(), v.path("diversity").asDouble()));
              }
              field(out, "", line.toString());
            });
    m.path("snapshot_diversity")
        .fields()
        .forEachRemaining(
            g -> field(out, "", g.getKey() + "  snapshot grid: " + diversity(g.getValue())));
  }

  /**
   * A {@code Diversity} as written to {@code metrics.jsonl}: Vendi scores, and pure diversity where
   * the line has it (lines from before it was measured do not).
   */
  private static String diversity(JsonNode d) {
    String vendi =
        String.format(
            "%.2f different pictures (pixels), %.2f (the discriminator's embeddings)",
            d.path("pixels").asDouble(), d.path("embeddings").asDouble());
    if (!d.has("pure_pixels")) {
      return vendi;
    }
    return vendi
        + String.format(
            "; pure diversity %s (pixels), %s (embeddings)",
            number(d.path("pure_pixels").asDouble()), number(d.path("pure_embeddings").asDouble()));
  }

  private static void files(RunFiles f, PrintWriter out) {
    List<Long> s = f.snapshots();
    field(
        out,
        "snapshots",
        s.isEmpty()
            ? "none"
            : String.format(
                "%d (steps %d to %d) in snapshots/", s.size(), s.get(0), s.get(s.size() - 1)));
    field(
        out,
        "checkpoints",
        f.checkpoints().isEmpty()
            ? "none"
            : f.checkpoints().size() + ": " + names(f.checkpoints()));
    field(out, "plots", f.plots().isEmpty() ? "none" : f.plots().size() + " in plots/");
    field(out, "videos", f.videos().isEmpty() ? "none" : names(f.videos()));
  }

  private static String names(List<Path> files) {
    return String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList());
  }

  /** Four significant digits, without a trailing run of zeros. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return Long.toString((long) v);
    }
    String s = String.format("%.4g", v);
    if (s.contains("e")) {
      return s;
    }
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  private static void field(PrintWriter out, String label, String value) {
    out.printf("  %-12s %s%n", label, value);
  }
}
