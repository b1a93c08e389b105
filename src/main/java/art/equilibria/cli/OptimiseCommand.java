package art.equilibria.cli;

import ai.djl.Device;
import art.equilibria.measure.Measure;
import art.equilibria.measure.Measures;
import art.equilibria.qd.archive.Elite;
import art.equilibria.sampling.LatentStream;
import art.equilibria.sampling.TrainedRun;
import art.equilibria.search.ArchiveFile;
import art.equilibria.search.LatentDescent;
import art.equilibria.search.Searches;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equilibria optimise RUN --toward MEASURE}: a latent moved by gradient ascent. */
@Command(
    name = "optimise",
    mixinStandardHelpOptions = true,
    description = {
      "Move one latent through a generator toward (or, with --away, away from) a picture"
          + " measure by gradient ascent, kept typical of what the generator was trained on.",
      "Writes RUN/optimise/NAME/: strip.png (pictures along the path), path.csv and"
          + " optimise.json; render RUN --keyframes optimise:NAME plays the path there and back."
    })
final class OptimiseCommand implements Callable<Integer> {
  private static final Pattern FROM_CELL = Pattern.compile("search:([A-Za-z0-9._-]+):(\\d+)");

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "RUN", description = "The run folder (or renders/<piece>, or latest).")
  Path runDir;

  @Option(names = "--checkpoint", defaultValue = "latest", paramLabel = "STEP|latest")
  String checkpoint;

  @Option(
      names = "--toward",
      required = true,
      paramLabel = "MEASURE",
      completionCandidates = Candidates.MeasureNames.class,
      description = "The measure to raise (differentiable ones: ${COMPLETION-CANDIDATES}).")
  String toward;

  @Option(names = "--away", description = "Lower the measure instead.")
  boolean away;

  @Option(
      names = "--from",
      defaultValue = "0",
      paramLabel = "SEED|search:NAME:CELL",
      description = "The latent to start from: a seed, or an elite of a search (default: seed 0).")
  String from;

  @Option(
      names = "--steps",
      defaultValue = "100",
      description = "Adam steps (default: ${DEFAULT-VALUE}).")
  int steps;

  @Option(
      names = "--lr",
      defaultValue = "0.05",
      description = "Adam's step size, in latent units (default: ${DEFAULT-VALUE}).")
  double lr;

  @Option(
      names = "--generator",
      paramLabel = "G",
      description = "The generator whose pictures are measured (default: the first).")
  String generator;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The folder under RUN/optimise/ (default: MEASURE-up|down-from-FROM).")
  String name;

  @Mixin DeviceOption device;

  @Override
  public Integer call() throws Exception {
    Measure measure = Measures.installed().all().get(toward);
    if (measure == null || !measure.about().differentiable()) {
      throw new UserError(
          "--toward "
              + toward
              + ": "
              + (measure == null ? "no such measure" : "it has no gradient to follow")
              + "; use "
              + String.join(
                  ", ",
                  Measures.installed().all().values().stream()
                      .filter(m -> m.about().differentiable())
                      .map(m -> m.about().name())
                      .toList()));
    }
    if (steps < 1 || steps > 100_000) {
      throw new UserError("--steps " + steps + ": use 1 to 100000");
    }
    if (!(lr > 0 && lr <= 10)) {
      throw new UserError("--lr " + lr + ": use a step above 0 and at most 10");
    }
    String folder =
        name != null
            ? name
            : toward
                + (away ? "-down" : "-up")
                + "-from-"
                + from.replaceAll("[^A-Za-z0-9._-]", "-");
    if (!Searches.NAME.matcher(folder).matches()) {
      throw new UserError(
          "--name " + folder + ": use letters, digits, '.', '_' and '-' (at most 64)");
    }
    Device d = device.choice.resolve();
    try (TrainedRun run = RenderCommand.open(runDir, checkpoint, d, Map.of())) {
      String measured = SearchCommand.measuredGenerator(run, generator);
      Path dir = run.folder().dir().resolve("optimise").resolve(folder);
      if (Files.exists(dir)) {
        throw new UserError(dir + " exists: a path is never overwritten; give another --name");
      }
      float[] start = start(run, run.ensemble().generator(measured).spec().latent());
      LatentDescent descent =
          new LatentDescent(
              run,
              new LatentDescent.Settings(folder, measured, toward, away, from, steps, lr),
              measure);
      List<LatentDescent.Point> path;
      try (ProgressBar bar = Bars.paced("optimise", steps)) {
        path = descent.run(start, dir, bar::stepTo);
      }
      LatentDescent.Point first = path.get(0);
      LatentDescent.Point last = path.get(path.size() - 1);
      System.err.printf(
          "%s %s from %.4g to %.4g in %d steps (typicality %.2f to %.2f)%n  %s%n",
          toward,
          away ? "fell" : "rose",
          first.measure(),
          last.measure(),
          steps,
          first.typicality(),
          last.typicality(),
          dir.resolve("strip.png"));
    }
    return 0;
  }

  private float[] start(TrainedRun run, int latent) {
    Matcher cell = FROM_CELL.matcher(from);
    if (cell.matches()) {
      Path dir = run.folder().dir().resolve("search").resolve(cell.group(1));
      ArchiveFile archive;
      try {
        archive = ArchiveFile.read(dir);
      } catch (IOException e) {
        throw new UserError("--from " + from + ": " + e.getMessage());
      }
      int wanted = Integer.parseInt(cell.group(2));
      Elite elite =
          archive.elites().stream()
              .filter(e -> e.cell() == wanted)
              .findFirst()
              .orElseThrow(
                  () ->
                      new UserError(
                          "--from " + from + ": that cell is empty; archive.csv lists the cells"));
      return ArchiveFile.latent(elite.solution());
    }
    try {
      return LatentStream.ofSeed(Long.parseLong(from), latent);
    } catch (NumberFormatException e) {
      throw new UserError("--from " + from + ": give a seed (a whole number) or search:NAME:CELL");
    }
  }
}
