package art.equilibria.cli;

import ai.djl.Device;
import art.equilibria.cluster.Cluster;
import art.equilibria.loss.LossTerms;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceException;
import art.equilibria.piece.PieceReader;
import art.equilibria.piece.TermCatalogue;
import art.equilibria.render.RenderJob;
import art.equilibria.render.RenderListener;
import art.equilibria.render.VideoRender;
import art.equilibria.render.segment.SegmentedRender;
import art.equilibria.render.segment.Segments;
import art.equilibria.render.video.VideoFormat;
import art.equilibria.run.FrozenPiece;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.sampling.Keyframes;
import art.equilibria.sampling.TrainedRun;
import art.equilibria.search.ArchiveFile;
import art.equilibria.search.ArchiveKeyframes;
import art.equilibria.search.PathFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equilibria render RUN}. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render a trained run as a synchronised, looping latent interpolation video.",
      "Settings come from the piece's render block; every option below overrides one."
    })
final class RenderCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin RenderOptions render;

  @Parameters(paramLabel = "RUN", description = "The run folder, e.g. renders/demo/20261122-0150.")
  Path runDir;

  @Option(
      names = "--checkpoint",
      defaultValue = "latest",
      paramLabel = "STEP|latest",
      description = "Which checkpoint (default: ${DEFAULT-VALUE}).")
  String checkpoint;

  @Option(names = "--out", paramLabel = "FILE", description = "The video file to write.")
  Path out;

  @Option(
      names = "--per-generator",
      description =
          "One video per generator (single layout), all on the same path with the same frame"
              + " count and timing, for a screen each: <out>-g1.mp4, <out>-g2.mp4, ...")
  boolean perGenerator;

  @Mixin DeviceOption device;

  @Option(
      names = "--segments",
      defaultValue = "1",
      paramLabel = "N",
      description =
          "Render the video as N frame ranges, --parallel at once here or on a Spark --master,"
              + " and join them by copying packets into one file that plays as a single render"
              + " (default: ${DEFAULT-VALUE}; fewer when the video has fewer key frames).")
  int segments;

  @Mixin ClusterOptions cluster;

  @Override
  public Integer call() throws Exception {
    if (segments < 1) {
      throw new UserError("--segments: give 1 or more segments, not " + segments);
    }
    ClusterOptions on = segments > 1 || cluster.onCluster() ? cluster : null;
    if (!perGenerator) {
      RenderJob.Outcome outcome =
          render(
              runDir,
              checkpoint,
              render.overrides(),
              render.keyframeSource(),
              out,
              device.choice,
              on,
              segments);
      return outcome.completed() ? 0 : 130;
    }
    if (render.layout != null || render.generator != null) {
      throw new UserError(
          "--per-generator renders every generator in the single layout; leave out --layout and"
              + " --generator");
    }
    Piece piece =
        FrozenPiece.read(
            RunFolder.open(runDir),
            RunInfo.read(RunFolder.open(runDir)),
            TermCatalogue.forFinishedRuns(LossTerms.installed()));
    for (String g : piece.generators()) {
      Map<String, Object> overrides = new LinkedHashMap<>(render.overrides());
      overrides.put("layout", "single");
      overrides.put("generator", g);
      Path file = out == null ? null : suffixed(out, g);
      if (!render(
              runDir,
              checkpoint,
              overrides,
              render.keyframeSource(),
              file,
              device.choice,
              on,
              segments)
          .completed()) {
        return 130;
      }
    }
    return 0;
  }

  /** {@code show.mp4} and g1 → {@code show-g1.mp4}. */
  private static Path suffixed(Path file, String generator) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : "";
    return file.resolveSibling(stem + "-" + generator + ext);
  }

  /**
   * Renders and reports; shared with {@code make}.
   *
   * @param keyframeSource where keyframe latents come from (search:NAME..., optimise:NAME), or null
   */
  static RenderJob.Outcome render(
      Path runDir,
      String checkpoint,
      Map<String, Object> overrides,
      String keyframeSource,
      Path out,
      DeviceChoice device)
      throws Exception {
    return render(runDir, checkpoint, overrides, keyframeSource, out, device, null, 1);
  }

  /**
   * @param cluster where the segments are rendered, or null for one render on this thread
   */
  private static RenderJob.Outcome render(
      Path runDir,
      String checkpoint,
      Map<String, Object> overrides,
      String keyframeSource,
      Path out,
      DeviceChoice device,
      ClusterOptions cluster,
      int segments)
      throws Exception {
    Device d = device.resolve();
    try (TrainedRun run = open(runDir, checkpoint, d, overrides)) {
      Keyframes keyframes = keyframeSource == null ? null : keyframes(run, keyframeSource);
      Path video = out != null ? out : VideoRender.defaultOutput(run);
      var spec = run.piece().render();
      System.err.printf(
          "rendering %s at step %d (%d px) on %s: %s, %s, %s at %d fps%n  to %s%n",
          run.folder().dir(),
          run.step(),
          run.growth().resolution(),
          d,
          spec.layout(),
          spec.interpolation(),
          Durations.format(spec.durationSeconds()),
          spec.fps(),
          video);
      if (keyframes != null) {
        System.err.println("  keyframes: " + keyframes.source());
      }
      if (cluster != null) {
        return segmented(run, overrides, keyframes, video, d, cluster, segments);
      }
      FrameProgress progress = new FrameProgress();
      return VideoRender.render(
          run,
          keyframes,
          video,
          d.toString(),
          progress,
          outcome -> {
            progress.close();
            if (outcome.completed()) {
              System.err.printf("wrote %d frames to %s%n", outcome.frames(), video);
            } else {
              System.err.printf(
                  "stopped at frame %d; the video up to there is playable: %s%n",
                  outcome.frames(), video);
            }
          });
    }
  }

  private static RenderJob.Outcome segmented(
      TrainedRun run,
      Map<String, Object> overrides,
      Keyframes keyframes,
      Path video,
      Device device,
      ClusterOptions options,
      int segments)
      throws Exception {
    VideoFormat format = VideoFormat.named(run.piece().render().format());
    if (format.isFolder()) {
      throw new UserError(
          "--segments: "
              + format.pieceName()
              + " writes a folder of frames, which has nothing to join; render it in one piece or"
              + " choose --format h264, prores, hap, ffv1 or vp9");
    }
    SegmentProgress progress = new SegmentProgress();
    RenderJob.Outcome outcome;
    try (Cluster cluster = options.open(device)) {
      outcome =
          SegmentedRender.render(
              run, overrides, keyframes, video, device, segments, cluster, progress);
    } finally {
      progress.close();
    }
    if (outcome.completed()) {
      System.err.printf("wrote %d frames to %s%n", outcome.frames(), video);
    } else {
      System.err.printf(
          "stopped; segments are joined only when all are complete, so no video was written%n");
    }
    return outcome;
  }

  /**
   * Keyframe latents from one of the run's searches or optimised paths, checked against its
   * generators.
   */
  static Keyframes keyframes(TrainedRun run, String source) {
    String option = "--keyframes " + source;
    boolean path = source.startsWith("optimise:");
    String choice = source.substring(source.indexOf(':') + 1);
    String name = choice.split(":", -1)[0];
    Path dir = run.folder().dir().resolve(path ? "optimise" : "search").resolve(name);
    if (name.isEmpty() || !Files.isDirectory(dir)) {
      throw new UserError(
          option
              + ": "
              + run.folder().dir()
              + (path ? " has no optimised path named '" : " has no search named '")
              + name
              + (path
                  ? "'; run ./equilibria optimise first"
                  : "'; run ./equilibria search first (show lists a run's searches)"));
    }
    Keyframes keyframes;
    try {
      keyframes =
          path
              ? PathFile.keyframes(dir, name, run.piece().render().keyframes())
              : searchKeyframes(dir, choice, run.piece().render().keyframes());
    } catch (IOException | IllegalArgumentException e) {
      throw new UserError(option + ": " + e.getMessage());
    }
    int latent = run.ensemble().generator(run.ensemble().generatorNames().get(0)).spec().latent();
    if (keyframes.latents().get(0).length != latent) {
      throw new UserError(
          option
              + ": its latents have "
              + keyframes.latents().get(0).length
              + " values, this run's generators take "
              + latent);
    }
    return keyframes;
  }

  private static Keyframes searchKeyframes(Path dir, String choice, int count) throws IOException {
    return ArchiveKeyframes.choose(ArchiveFile.read(dir), choice, count);
  }

  static TrainedRun open(Path dir, String checkpoint, Device d, Map<String, Object> overrides)
      throws Exception {
    try {
      return TrainedRun.open(
          dir, checkpoint, d, overrides, warning -> System.err.println("warning: " + warning));
    } catch (PieceException e) {
      throw asOption(e);
    }
  }

  /**
   * A render field given on the command line is wrong: named as its option ({@code --size: ...}),
   * not as a line of a file. Any other piece error is returned as it is.
   */
  static Exception asOption(PieceException e) {
    if (!e.file().equals(PieceReader.COMMAND_LINE)) {
      return e;
    }
    String field =
        e.field().contains(".") ? e.field().substring(e.field().indexOf('.') + 1) : e.field();
    return new UserError("--" + field.replaceAll("\\[\\d+\\]$", "") + ": " + e.problem());
  }

  /** The progress line of a segmented render: segments done, time left. */
  private static final class SegmentProgress implements SegmentedRender.Progress {
    private ProgressBar bar;

    @Override
    public void planned(List<Segments.Range> ranges) {
      System.err.printf(
          "  in %d segments of about %d frames%n", ranges.size(), ranges.get(0).count());
      bar = Bars.paced("segments", ranges.size());
    }

    @Override
    public synchronized void finished(int index) {
      bar.step();
    }

    void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** The progress line of a render: frames, frames per second, time left. */
  private static final class FrameProgress implements RenderListener {
    private ProgressBar bar;
    private long total;
    private long startNanos;
    private volatile long done;

    @Override
    public void started(long frames) {
      total = frames;
      startNanos = System.nanoTime();
      bar = Bars.create("render", 0, frames, this::eta);
    }

    private Optional<Duration> eta(long unused) {
      long d = done;
      if (d == 0) {
        return Optional.empty();
      }
      double perFrame = (System.nanoTime() - startNanos) / 1e9 / d;
      return Optional.of(Duration.ofMillis((long) (perFrame * (total - d) * 1000)));
    }

    @Override
    public void encoded(long frames) {
      done = frames;
      bar.stepTo(frames);
    }

    void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
