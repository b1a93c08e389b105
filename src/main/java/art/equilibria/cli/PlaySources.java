package art.equilibria.cli;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import art.equilibria.bench.MemorySample;
import art.equilibria.piece.RenderSpec;
import art.equilibria.play.FrameSource;
import art.equilibria.play.GeneratedFrames;
import art.equilibria.play.Ladder;
import art.equilibria.play.VideoFrames;
import art.equilibria.render.FrameRenderer;
import art.equilibria.render.RenderRecord;
import art.equilibria.render.video.VideoProbe;
import art.equilibria.run.RunFolder;
import art.equilibria.sampling.Keyframes;
import art.equilibria.sampling.TrainedRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What {@code play} shows, opened: a run (with the command's checkpoint and render options) or a
 * video, as the {@link Ladder} of sources the show may fall back on. Closing a run's ladder closes
 * the run. The runs open at a time are counted in the memory samples.
 */
final class PlaySources {
  /** An opened source and the size and rate of its frames (the first one's set the screen's). */
  record Opened(Ladder ladder, int width, int height, double fps) {}

  private static final List<String> VIDEOS = List.of(".mp4", ".mov", ".mkv", ".webm");

  private final RenderOptions render;
  private final String checkpoint;
  private final Device device;
  private final Set<NDManager> open = ConcurrentHashMap.newKeySet();

  PlaySources(RenderOptions render, String checkpoint, Device device) {
    this.render = render;
    this.checkpoint = checkpoint;
    this.device = device;
  }

  /** A video file (a regular file), else a run folder. */
  static boolean isVideo(Path source) {
    return Files.isRegularFile(source);
  }

  /**
   * Checks that a source can be opened, without loading it: a video that decodes, a run folder.
   *
   * @return why not, in a few words, or null
   */
  static String problem(Path source) {
    try {
      if (isVideo(source)) {
        VideoProbe.probe(source);
      } else {
        RunFolder.open(source);
      }
      return null;
    } catch (Exception e) {
      return e.getMessage();
    }
  }

  /** A source's name for the status: its run folder's or its file's. */
  static String name(Path source) {
    Path name = source.toAbsolutePath().normalize().getFileName();
    return name == null ? source.toString() : name.toString();
  }

  Opened open(Path source) throws Exception {
    return isVideo(source) ? video(source) : run(source);
  }

  /** Memory now, with the arrays of every run open. */
  MemorySample memory(long after) {
    return MemorySample.take(after, List.copyOf(open));
  }

  private Opened video(Path source) throws IOException {
    VideoProbe.Info info = VideoProbe.probe(source);
    double fps;
    try {
      fps = render.fps != null ? Double.parseDouble(render.fps) : info.fps();
    } catch (NumberFormatException e) {
      throw new UserError("--fps: '" + render.fps + "' is not a number of frames per second");
    }
    String name = "video " + source.getFileName();
    Ladder ladder = new Ladder(List.of(new Ladder.Rung(name, () -> video(source, name))));
    return new Opened(ladder, info.width(), info.height(), fps);
  }

  private static FrameSource video(Path file, String name) {
    try {
      return new VideoFrames(file);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }

  private Opened run(Path source) throws Exception {
    TrainedRun run = RenderCommand.open(source, checkpoint, device, render.overrides());
    try {
      Keyframes keyframes =
          render.keyframeSource() == null
              ? null
              : RenderCommand.keyframes(run, render.keyframeSource());
      RenderSpec spec = run.piece().render();
      FrameRenderer full = new FrameRenderer(run.ensemble(), run.growth(), spec, keyframes);
      String name = "run " + run.folder().dir().getFileName() + " step " + run.step();
      List<Ladder.Rung> rungs = new ArrayList<>();
      rungs.add(
          new Ladder.Rung(name + " generated", () -> new GeneratedFrames(full, spec.fps(), name)));
      if (spec.width() > 0 && spec.height() > 0) {
        rungs.add(
            new Ladder.Rung(
                name + " generated at half size",
                () ->
                    new GeneratedFrames(
                        full.atSize(even(spec.width() / 2), even(spec.height() / 2)),
                        spec.fps(),
                        name)));
      }
      renderedLoop(run, spec, keyframes)
          .ifPresent(
              v ->
                  rungs.add(
                      new Ladder.Rung(
                          "its rendered loop " + v.getFileName(),
                          () -> video(v, "its rendered loop"))));
      NDManager manager = run.ensemble().manager();
      open.add(manager);
      Ladder ladder =
          new Ladder(
              rungs,
              full.keyframeCount(),
              () -> {
                open.remove(manager);
                run.close();
              });
      return new Opened(ladder, full.width(), full.height(), spec.fps());
    } catch (Exception | Error e) {
      run.close();
      throw e;
    }
  }

  private static int even(int n) {
    return n - (n & 1);
  }

  /**
   * The run's newest video rendered, whole, from the same checkpoint with the same settings (its
   * record says so), so its frame i is the frame the player would have made: the fallback when
   * generation cannot keep up. None when no video fits.
   */
  private static Optional<Path> renderedLoop(TrainedRun run, RenderSpec spec, Keyframes keyframes)
      throws IOException {
    Path videos = run.folder().dir().resolve("videos");
    if (keyframes != null || !Files.isDirectory(videos)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(videos)) {
      return files
          .filter(f -> VIDEOS.stream().anyMatch(f.getFileName().toString()::endsWith))
          .filter(f -> sameRender(f, run, spec))
          .max(Comparator.comparing(f -> f.toFile().lastModified()));
    }
  }

  private static boolean sameRender(Path video, TrainedRun run, RenderSpec spec) {
    try {
      RenderRecord record = RenderRecord.read(RenderRecord.beside(video));
      return record.completed()
          && record.checkpointStep() == run.step()
          && record.render().equals(spec);
    } catch (IOException e) {
      return false;
    }
  }
}
