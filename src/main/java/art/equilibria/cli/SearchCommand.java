package art.equilibria.cli;

import ai.djl.Device;
import art.equilibria.measure.Measure;
import art.equilibria.measure.Measures;
import art.equilibria.piece.SearchSettings;
import art.equilibria.qd.archive.ArchiveStats;
import art.equilibria.qd.archive.Range;
import art.equilibria.qd.archive.Tessellation;
import art.equilibria.qd.scheduler.Algorithm;
import art.equilibria.run.RunFolder;
import art.equilibria.sampling.TrainedRun;
import art.equilibria.search.ArchiveFile;
import art.equilibria.search.LatentSearch;
import art.equilibria.search.Objective;
import art.equilibria.search.SearchRecord;
import art.equilibria.search.SearchSpec;
import art.equilibria.search.Searches;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code equilibria search RUN}: a quality-diversity search of a trained run's latent space. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Illuminate a trained run's latent space: find the best picture of every region of a"
          + " measure space (a grid over one or two picture measures), with a quality-diversity"
          + " algorithm.",
      "Writes RUN/search/NAME/: heatmap.png (each cell's elite, every generator side by side),"
          + " archive.csv (latents, objective, measures), progress.png and search.json."
    })
final class SearchCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "RUN", description = "The run folder (or renders/<piece>, or latest).")
  Path runDir;

  @Option(names = "--checkpoint", defaultValue = "latest", paramLabel = "STEP|latest")
  String checkpoint;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The search's folder under RUN/search/ (default: ALGORITHM-MEASURES).")
  String name;

  @Option(
      names = "--resume",
      paramLabel = "NAME",
      description =
          "Carry a stopped search on (to --iterations in all, or the number it was given): its"
              + " iterations are replayed, so it reaches the archive it would have had.")
  String resume;

  @Option(
      names = "--generator",
      paramLabel = "G",
      description = "The generator whose pictures are measured (default: the first).")
  String generator;

  @Option(
      names = "--measures",
      split = ",",
      paramLabel = "M",
      completionCandidates = Candidates.MeasureNames.class,
      description =
          "One or two measures, the heatmap's axes: ${COMPLETION-CANDIDATES} (default: the"
              + " piece's search block, else colourfulness,sharpness).")
  List<String> measures;

  @Option(
      names = "--objective",
      paramLabel = "typical|M",
      description =
          "What makes an elite better: typical (a w no farther from the mean w than the"
              + " generator's own usually are) or a measure to raise, weighted by typicality"
              + " (default: the piece's search block, else typical).")
  String objective;

  @Option(
      names = "--algorithm",
      paramLabel = "A",
      completionCandidates = Candidates.Algorithms.class,
      description = "${COMPLETION-CANDIDATES} (default: the piece's search block, else cma-mae).")
  String algorithm;

  @Option(
      names = "--cells",
      description = "Cells along each measure (default: the piece's search block, else 16).")
  Integer cells;

  @Option(
      names = "--iterations",
      description =
          "Rounds of proposing and scoring latents (default: the piece's search block, else 100).")
  Integer iterations;

  @Option(
      names = "--batch",
      description = "Latents scored per round (default: the piece's search block, else 36).")
  Integer batch;

  @Option(names = "--seed", description = "Seed (default: the piece's search block, else 0).")
  Long seed;

  @Option(
      names = "--sigma",
      description =
          "Initial step of the proposals, in latent units: 1 is the spread of the generator's own"
              + " latents (default: the piece's search block, else 1).")
  Double sigma;

  @Option(
      names = "--archive",
      paramLabel = "grid|cvt",
      converter = TessellationConverter.class,
      completionCandidates = Candidates.Tessellations.class,
      description =
          "How the measure space is cut: a grid of --cells along each measure, or cvt, as many"
              + " cells around centroids spread evenly by k-means (default: the piece's search"
              + " block, else grid).")
  Tessellation archive;

  @Option(
      names = "--learning-rate",
      paramLabel = "A",
      description =
          "CMA-MAE's and CMA-MAEGA's archive learning rate: how fast a cell's threshold follows"
              + " what it accepted. A search of a few hundred iterations explores more with 0.5;"
              + " pyribs' 0.01 suits thousands (default: the piece's search block, else 0.5).")
  Double learningRate;

  @Mixin DeviceOption device;

  @Spec CommandSpec command;

  @Override
  public Integer call() throws Exception {
    if (resume != null) {
      return resume();
    }
    Device d = device.choice.resolve();
    try (TrainedRun run = RenderCommand.open(runDir, checkpoint, d, Map.of())) {
      Measures installed = Measures.installed();
      SearchSpec spec = spec(run, installed);
      Path dir = run.folder().dir().resolve("search").resolve(spec.name());
      if (Files.exists(dir)) {
        throw new UserError(
            dir
                + " exists: a search is never overwritten; give another --name, or carry it on"
                + " with --resume "
                + spec.name());
      }
      LatentSearch search = new LatentSearch(run, spec, installed);
      return search((listener, stop) -> search.run(dir, listener, stop), dir);
    }
  }

  /** The options given, laid over the piece's search block, each checked. */
  private SearchSpec spec(TrainedRun run, Measures installed) {
    SearchSettings piece = run.piece().search();
    String fromPiece = run.folder().piece() + ": search.";
    String algorithmName = algorithm != null ? algorithm : piece.algorithm();
    Algorithm chosen =
        Arrays.stream(Algorithm.values())
            .filter(a -> a.key().equals(algorithmName))
            .findFirst()
            .orElseThrow(
                () ->
                    new UserError(
                        "--algorithm "
                            + algorithmName
                            + ": use one of "
                            + String.join(", ", new Candidates.Algorithms())));
    List<String> axes = measures != null ? measures : piece.measures();
    String raised = objective != null ? objective : piece.objective();
    checkMeasures(
        installed,
        chosen,
        axes,
        raised,
        measures != null ? "--measures " : fromPiece + "measures: ",
        objective != null ? "--objective " : fromPiece + "objective: ");
    int cellCount = cells != null ? cells : piece.cells();
    if (cellCount < 2 || cellCount > 100) {
      throw new UserError("--cells " + cellCount + ": use 2 to 100 cells along each measure");
    }
    int rounds = iterations != null ? iterations : piece.iterations();
    if (rounds < 1 || rounds > 1_000_000) {
      throw new UserError("--iterations " + rounds + ": use 1 to 1000000");
    }
    int size = batch != null ? batch : piece.batch();
    if (size < 3 || size > 4096) {
      throw new UserError("--batch " + size + ": use 3 to 4096 latents per round");
    }
    double step = sigma != null ? sigma : piece.sigma();
    if (!(step > 0 && step <= 10)) {
      throw new UserError("--sigma " + step + ": use a step above 0 and at most 10");
    }
    double rate = learningRate != null ? learningRate : piece.learningRate();
    if (!(rate >= 0 && rate <= 1)) {
      throw new UserError("--learning-rate " + rate + ": use 0 to 1");
    }
    String folderName = name != null ? name : algorithmName + "-" + String.join("-", axes);
    if (!Searches.NAME.matcher(folderName).matches()) {
      throw new UserError(
          "--name " + folderName + ": use letters, digits, '.', '_' and '-' (at most 64)");
    }
    String measured =
        measuredGenerator(
            run,
            generator != null ? generator : piece.generator().isEmpty() ? null : piece.generator());
    return new SearchSpec(
        folderName,
        measured,
        axes,
        raised,
        chosen,
        cellCount,
        rounds,
        size,
        seed != null ? seed : piece.seed(),
        step,
        archive != null ? archive : piece.archive(),
        rate);
  }

  /**
   * The generator whose pictures are measured: the one named, else the first.
   *
   * @param named a generator's name, or null
   */
  static String measuredGenerator(TrainedRun run, String named) {
    List<String> generators = run.ensemble().generatorNames();
    String measured = named != null ? named : generators.get(0);
    if (!generators.contains(measured)) {
      throw new UserError(
          "--generator "
              + measured
              + ": this run's generators are "
              + String.join(", ", generators));
    }
    return measured;
  }

  /** The settings a resumed search keeps; giving one again would change it. */
  private static final List<String> KEPT =
      List.of(
          "--name",
          "--generator",
          "--measures",
          "--objective",
          "--algorithm",
          "--cells",
          "--batch",
          "--seed",
          "--sigma",
          "--archive",
          "--learning-rate",
          "--checkpoint");

  /** grid or cvt, refused in one line otherwise. */
  static final class TessellationConverter implements ITypeConverter<Tessellation> {
    @Override
    public Tessellation convert(String value) {
      return Arrays.stream(Tessellation.values())
          .filter(t -> t.key().equals(value))
          .findFirst()
          .orElseThrow(() -> new TypeConversionException("use grid or cvt, not '" + value + "'"));
    }
  }

  private int resume() throws Exception {
    for (String option : KEPT) {
      if (command.commandLine().getParseResult().hasMatchedOption(option)) {
        throw new UserError(
            option
                + ": a resumed search keeps its settings; give only --resume NAME and"
                + " --iterations");
      }
    }
    Path runFolder = RunFolder.open(runDir).dir();
    Path dir = runFolder.resolve("search").resolve(resume);
    if (!Searches.NAME.matcher(resume).matches() || !Files.isDirectory(dir)) {
      throw new UserError(
          "--resume " + resume + ": " + runFolder + " has no search named '" + resume + "'");
    }
    SearchRecord recorded;
    try {
      recorded = ArchiveFile.read(dir).record();
    } catch (IOException e) {
      throw new UserError("--resume " + resume + ": " + e.getMessage());
    }
    SearchSpec kept = recorded.settings();
    SearchSpec spec =
        new SearchSpec(
            kept.name(),
            kept.generator(),
            kept.measures(),
            kept.objective(),
            kept.algorithm(),
            kept.cells(),
            iterations != null ? iterations : kept.iterations(),
            kept.batch(),
            kept.seed(),
            kept.sigma(),
            kept.archive(),
            kept.learningRate());
    if (spec.iterations() < 1 || spec.iterations() > 1_000_000) {
      throw new UserError("--iterations " + iterations + ": use 1 to 1000000");
    }
    Device d = device.choice.resolve();
    try (TrainedRun run = RenderCommand.open(runDir, Long.toString(recorded.step()), d, Map.of())) {
      LatentSearch search = new LatentSearch(run, spec, Measures.installed());
      return search((listener, stop) -> search.resume(dir, recorded, listener, stop), dir);
    }
  }

  private static void checkMeasures(
      Measures installed,
      Algorithm chosen,
      List<String> measures,
      String objective,
      String measuresOrigin,
      String objectiveOrigin) {
    if (measures.isEmpty()
        || measures.size() > 2
        || new HashSet<>(measures).size() != measures.size()) {
      throw new UserError(
          measuresOrigin + String.join(",", measures) + ": give one or two different measures");
    }
    List<String> named = new ArrayList<>(measures);
    if (!objective.equals(Objective.TYPICAL)) {
      named.add(objective);
    }
    for (String m : named) {
      Measure found = installed.all().get(m);
      boolean axis = measures.contains(m);
      String origin = axis ? measuresOrigin : objectiveOrigin;
      if (found == null) {
        throw new UserError(
            origin
                + m
                + ": no such measure; use "
                + String.join(", ", installed.names())
                + (axis ? "" : " or typical"));
      }
      if (chosen.usesGradients() && !found.about().differentiable()) {
        throw new UserError(
            origin
                + m
                + ": --algorithm cma-maega follows gradients and "
                + m
                + " has none; pick differentiable measures or another algorithm");
      }
    }
  }

  /** A search run or resumed, with the progress line and the stop flag. */
  @FunctionalInterface
  private interface Searching {
    LatentSearch.Result run(LatentSearch.Listener listener, BooleanSupplier stop)
        throws IOException;
  }

  private int search(Searching searching, Path dir) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch ended = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop.set(true);
              try {
                ended.await(2, TimeUnit.MINUTES);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "search-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    LatentSearch.Result result;
    try (Progress progress = new Progress()) {
      result = searching.run(progress, stop::get);
    } finally {
      ended.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running and was waiting for `ended`.
      }
    }
    ArchiveStats s = result.stats();
    System.err.printf(
        "%s after %d iterations (%d latents): %d of %d cells filled (%.0f%%), QD score %.0f%n"
            + "  %s%n",
        result.finished() ? "searched" : "stopped",
        result.iterations(),
        result.evaluations(),
        s.elites(),
        Math.round(s.elites() / Math.max(s.coverage(), 1e-12)),
        100 * s.coverage(),
        s.qdScore(),
        dir.resolve("heatmap.png"));
    return result.finished() ? 0 : TrainCommand.STOPPED;
  }

  /** The progress line: iterations, with coverage and QD score. */
  private static final class Progress implements LatentSearch.Listener, AutoCloseable {
    private ProgressBar bar;

    @Override
    public void started(int total, List<Range> ranges) {
      bar = Bars.paced("search", total);
    }

    @Override
    public void iterated(int done, ArchiveStats stats) {
      bar.setExtraMessage(
          String.format(
              " %.0f%% of cells, QD score %.0f", 100 * stats.coverage(), stats.qdScore()));
      bar.stepTo(done);
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
