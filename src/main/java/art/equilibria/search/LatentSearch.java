package art.equilibria.search;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import art.equilibria.image.Images;
import art.equilibria.image.ToneMap;
import art.equilibria.measure.Diversity;
import art.equilibria.measure.Measure;
import art.equilibria.measure.Measures;
import art.equilibria.qd.archive.Archive;
import art.equilibria.qd.archive.ArchiveStats;
import art.equilibria.qd.archive.Elite;
import art.equilibria.qd.archive.Range;
import art.equilibria.qd.scheduler.Scheduler;
import art.equilibria.qd.scheduler.Setup;
import art.equilibria.sampling.Sampler;
import art.equilibria.sampling.TrainedRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Illuminates a trained run's latent space: proposes latents with a quality-diversity algorithm,
 * scores them through one generator as the work shows it, and keeps the best of each cell of the
 * measure space, writing the search's folder as it goes.
 */
public final class LatentSearch {
  /** Random latents whose pictures fix the measures' ranges and the tone maps. */
  static final int PILOT = 512;

  /** Iterations between two writes of the folder (and at the end). */
  private static final int WRITE_EVERY = 20;

  /** What the search reports as it goes. */
  public interface Listener {
    void started(int iterations, List<Range> ranges);

    void iterated(int done, ArchiveStats stats);
  }

  /**
   * What a search ended with.
   *
   * @param finished whether every iteration ran (false: stopped, what was found is kept)
   */
  public record Result(
      Path dir, int iterations, long evaluations, ArchiveStats stats, boolean finished) {}

  private final TrainedRun run;
  private final SearchSpec spec;
  private final Measures installed;

  public LatentSearch(TrainedRun run, SearchSpec spec, Measures installed) {
    this.run = run;
    this.spec = spec;
    this.installed = installed;
  }

  /**
   * Runs the search into {@code dir}, a new folder.
   *
   * @param stop polled between iterations; true ends the search there, its folder written
   */
  public Result run(Path dir, Listener listener, BooleanSupplier stop) throws IOException {
    return search(dir, null, listener, stop);
  }

  /**
   * Carries a stopped search on to {@link SearchSpec#iterations()} in all: its logged iterations
   * are replayed through the algorithm (no generator runs), then it searches on, reaching the
   * archive an uninterrupted search would have.
   *
   * @param recorded the search's record, whose ranges it keeps
   */
  public Result resume(Path dir, SearchRecord recorded, Listener listener, BooleanSupplier stop)
      throws IOException {
    return search(dir, recorded, listener, stop);
  }

  private Result search(Path dir, SearchRecord recorded, Listener listener, BooleanSupplier stop)
      throws IOException {
    long started = System.nanoTime();
    NDManager manager = run.ensemble().manager();
    int d = run.ensemble().generator(spec.generator()).spec().latent();
    double[][] pilot = gaussian(new SplittableRandom(spec.seed()), PILOT, d);
    Shown shown = Shown.of(run, pilot);
    Map<String, Sampler> samplers = shown.samplers();
    Map<String, ToneMap> tones = shown.tones();
    Typicality typicality =
        Typicality.fit(samplers.get(spec.generator()).generator(), spec.seed(), manager);
    List<Measure> measures = spec.measures().stream().map(this::measure).toList();
    Measure raised = spec.objective().equals(Objective.TYPICAL) ? null : measure(spec.objective());
    List<Range> ranges;
    Range objectiveRange;
    if (recorded != null) {
      ranges = recorded.ranges();
      objectiveRange = recorded.objectiveRange();
    } else {
      List<Measure> fitted = new ArrayList<>(measures);
      if (raised != null) {
        fitted.add(raised);
      }
      double[][] values =
          pilotValues(
              samplers.get(spec.generator()),
              tones.get(spec.generator()),
              fitted,
              new Objective(typicality, null, null),
              pilot,
              manager);
      ranges = new ArrayList<>();
      for (int j = 0; j < measures.size(); j++) {
        ranges.add(MeasureRanges.fit(measures.get(j), values, j));
      }
      objectiveRange = raised == null ? null : MeasureRanges.fit(raised, values, measures.size());
    }
    LatentEvaluator evaluator =
        new LatentEvaluator(
            samplers.get(spec.generator()),
            tones.get(spec.generator()),
            measures,
            new Objective(typicality, raised, objectiveRange),
            manager);
    int[] cells = new int[measures.size()];
    Arrays.fill(cells, spec.cells());
    Scheduler scheduler =
        spec.algorithm()
            .scheduler(
                new Setup(
                    d,
                    ranges,
                    cells,
                    spec.batch(),
                    spec.seed(),
                    spec.sigma(),
                    spec.sigma(),
                    0,
                    spec.archive(),
                    spec.learningRate()));
    SearchFolder folder = new SearchFolder(dir);
    Path logFile = dir.resolve(EvaluationLog.FILE);
    EvaluationLog.Read logged =
        recorded == null ? new EvaluationLog.Read(List.of(), 0) : EvaluationLog.read(logFile);
    List<SearchRecord.Progress> history = new ArrayList<>();
    listener.started(spec.iterations(), ranges);
    long evaluations = 0;
    int done = 0;
    Files.createDirectories(dir);
    try (EvaluationLog log = EvaluationLog.appendAfter(logFile, logged.length())) {
      while (done < spec.iterations() && !stop.getAsBoolean()) {
        boolean replay = done < logged.entries().size();
        EvaluationLog.Entry entry = replay ? logged.entries().get(done) : null;
        Evaluation points = null;
        if (spec.algorithm().usesGradients()) {
          double[][] at = scheduler.askDqd();
          points = replay ? entry.points() : evaluator.withGradients(at);
          scheduler.tellDqd(points.objectives(), points.measures(), points.jacobians());
          evaluations += at.length;
        }
        double[][] latents = scheduler.ask();
        Evaluation batch = replay ? entry.batch() : evaluator.evaluate(latents);
        if (!replay) {
          log.append(new EvaluationLog.Entry(points, batch));
        }
        scheduler.tell(batch.objectives(), batch.measures());
        evaluations += latents.length;
        done++;
        ArchiveStats stats = scheduler.resultArchive().stats();
        history.add(
            new SearchRecord.Progress(
                done,
                evaluations,
                stats.elites(),
                stats.coverage(),
                stats.qdScore(),
                stats.bestObjective()));
        listener.iterated(done, stats);
        if (!replay && done % WRITE_EVERY == 0 && done < spec.iterations()) {
          write(
              folder,
              ranges,
              objectiveRange,
              "running",
              started,
              history,
              scheduler.resultArchive(),
              samplers,
              tones,
              manager);
        }
      }
    }
    boolean finished = done == spec.iterations();
    write(
        folder,
        ranges,
        objectiveRange,
        finished ? "finished" : "stopped",
        started,
        history,
        scheduler.resultArchive(),
        samplers,
        tones,
        manager);
    return new Result(dir, done, evaluations, scheduler.resultArchive().stats(), finished);
  }

  private void write(
      SearchFolder folder,
      List<Range> ranges,
      Range objectiveRange,
      String state,
      long started,
      List<SearchRecord.Progress> history,
      Archive archive,
      Map<String, Sampler> samplers,
      Map<String, ToneMap> tones,
      NDManager manager)
      throws IOException {
    Drawn drawn = draw(archive, samplers, tones, manager);
    SearchRecord record =
        new SearchRecord(
            spec,
            run.folder().dir().toString(),
            run.step(),
            ranges,
            objectiveRange,
            state,
            (System.nanoTime() - started) / 1e9,
            List.copyOf(history),
            diversity(drawn, List.copyOf(samplers.keySet()).indexOf(spec.generator()), manager));
    folder.write(record, archive, drawn.thumbnails());
  }

  /**
   * Every generator's picture of each elite's latent, by cell, and the discriminator's embedding of
   * the measured generator's.
   */
  private Drawn draw(
      Archive archive,
      Map<String, Sampler> samplers,
      Map<String, ToneMap> tones,
      NDManager manager) {
    List<Elite> elites = SearchFolder.elites(archive);
    Map<Integer, List<BufferedImage>> out = new LinkedHashMap<>();
    List<float[]> embeddings = new ArrayList<>();
    int batch = 32;
    for (int first = 0; first < elites.size(); first += batch) {
      List<Elite> some = elites.subList(first, Math.min(elites.size(), first + batch));
      double[][] z = some.stream().map(Elite::solution).toArray(double[][]::new);
      try (NDScope scope = new NDScope()) {
        for (Map.Entry<String, Sampler> s : samplers.entrySet()) {
          NDArray images = s.getValue().fromZ(LatentEvaluator.batch(manager, z));
          List<BufferedImage> pictures = Images.toPictures(images, tones.get(s.getKey()));
          for (int i = 0; i < some.size(); i++) {
            out.computeIfAbsent(some.get(i).cell(), c -> new ArrayList<>()).add(pictures.get(i));
          }
          if (s.getKey().equals(spec.generator())) {
            NDArray e = run.ensemble().discriminator().judge(images, run.growth()).embedding();
            int k = (int) (e.size() / some.size());
            float[] all = e.toFloatArray();
            for (int i = 0; i < some.size(); i++) {
              embeddings.add(Arrays.copyOfRange(all, i * k, (i + 1) * k));
            }
          }
        }
      }
    }
    return new Drawn(out, embeddings);
  }

  /** The elites drawn: pictures by cell, and the measured generator's embeddings in cell order. */
  private record Drawn(Map<Integer, List<BufferedImage>> thumbnails, List<float[]> embeddings) {}

  /** How many different pictures the elites are, by pixels and by the discriminator's eyes. */
  private Diversity diversity(Drawn drawn, int generator, NDManager manager) {
    if (drawn.embeddings().size() < 2) {
      return null;
    }
    List<BufferedImage> pictures =
        drawn.thumbnails().values().stream().map(p -> p.get(generator)).toList();
    try (NDScope scope = new NDScope()) {
      int k = drawn.embeddings().get(0).length;
      float[] flat = new float[drawn.embeddings().size() * k];
      for (int i = 0; i < drawn.embeddings().size(); i++) {
        System.arraycopy(drawn.embeddings().get(i), 0, flat, i * k, k);
      }
      NDArray embeddings = manager.create(flat, new Shape(drawn.embeddings().size(), k));
      return Diversity.of(Images.levels(pictures, manager), embeddings);
    }
  }

  private static double[][] pilotValues(
      Sampler sampler,
      ToneMap tone,
      List<Measure> measures,
      Objective objective,
      double[][] pilot,
      NDManager manager) {
    LatentEvaluator evaluator = new LatentEvaluator(sampler, tone, measures, objective, manager);
    double[][] values = new double[pilot.length][];
    int batch = 64;
    for (int first = 0; first < pilot.length; first += batch) {
      double[][] some = Arrays.copyOfRange(pilot, first, Math.min(pilot.length, first + batch));
      double[][] m = evaluator.evaluate(some).measures();
      System.arraycopy(m, 0, values, first, m.length);
    }
    return values;
  }

  private Measure measure(String name) {
    Measure m = installed.all().get(name);
    if (m == null) {
      throw new IllegalArgumentException("unknown measure " + name);
    }
    return m;
  }

  static double[][] gaussian(SplittableRandom random, int n, int d) {
    double[][] z = new double[n][d];
    for (double[] row : z) {
      for (int c = 0; c < d; c++) {
        row[c] = random.nextGaussian();
      }
    }
    return z;
  }
}
