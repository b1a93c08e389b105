package art.equilibria.render.segment;

import ai.djl.Device;
import art.equilibria.cluster.Cluster;
import art.equilibria.piece.RenderSpec;
import art.equilibria.render.FrameRenderer;
import art.equilibria.render.RenderJob;
import art.equilibria.render.RenderRecord;
import art.equilibria.render.VideoRender;
import art.equilibria.render.video.VideoFormat;
import art.equilibria.render.video.VideoJoin;
import art.equilibria.run.AtomicFiles;
import art.equilibria.sampling.Keyframes;
import art.equilibria.sampling.TrainedRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A video rendered as frame ranges on a {@link Cluster} (threads here, or Spark's workers) and
 * joined by packet copy into the file a single render makes, with the same sidecar. The tone maps
 * are fixed here, once for the whole video, and handed to every segment. Segments are written in a
 * hidden staging folder beside the video; the video appears only when every segment is complete, so
 * an interrupted render leaves no video (and its staging folder is removed, here or by the next
 * render to the same file).
 */
public final class SegmentedRender {
  private SegmentedRender() {}

  /** Hears of a segmented render's progress (the progress line). */
  public interface Progress {
    /** The segments the video was cut into, before any is rendered. */
    void planned(List<Segments.Range> ranges);

    /** Segment {@code index} is complete. */
    void finished(int index);
  }

  /**
   * @param overrides the render fields laid over the piece's, to be laid again by each segment
   * @param segments how many segments to cut the video into (fewer when it has fewer key frames)
   * @param progress told the segments, then each one as it is done
   * @return completed with every frame written, or not completed (interrupted) with no video
   */
  public static RenderJob.Outcome render(
      TrainedRun run,
      Map<String, Object> overrides,
      Keyframes keyframes,
      Path output,
      Device device,
      int segments,
      Cluster cluster,
      Progress progress)
      throws Exception {
    RenderSpec spec = run.piece().render();
    VideoFormat format = VideoFormat.named(spec.format());
    VideoJoin join = VideoJoin.prepare(output, format);
    FrameRenderer frames = new FrameRenderer(run.ensemble(), run.growth(), spec, keyframes);
    List<Segments.Range> ranges =
        Segments.of(frames.frames(), segments, format.keyframeInterval(spec.fps()));
    progress.planned(ranges);
    Path staging = staging(output);
    String started = OffsetDateTime.now().toString();
    long t0 = System.nanoTime();
    AtomicFiles.deleteTree(staging);
    Files.createDirectories(staging);
    SegmentTask task =
        new SegmentTask(
            run.folder().dir().toAbsolutePath().toString(),
            Long.toString(run.step()),
            new HashMap<>(overrides),
            keyframes,
            new LinkedHashMap<>(frames.tones()),
            device.getDeviceType(),
            device.getDeviceId(),
            staging.toAbsolutePath().toString(),
            List.copyOf(ranges));
    CountDownLatch done = new CountDownLatch(1);
    AtomicBoolean stopping = new AtomicBoolean();
    // A Ctrl-C stops every segment (each render job has its own hook, Spark stops its tasks);
    // this one waits until the staging folder is cleared, so the process does not end half way.
    Thread hook =
        new Thread(
            () -> {
              stopping.set(true);
              await(done);
            },
            "segmented-render-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      List<RenderJob.Outcome> outcomes;
      try {
        outcomes = cluster.run(ranges.size(), task, (k, segment) -> progress.finished(k));
      } catch (Exception e) {
        if (stopping.get()) {
          // The cluster failed the job because the process is stopping (Spark's context shut
          // down): a stop, not a failure.
          return new RenderJob.Outcome(false, 0);
        }
        throw e;
      }
      long written = outcomes.stream().mapToLong(RenderJob.Outcome::frames).sum();
      if (!outcomes.stream().allMatch(RenderJob.Outcome::completed)) {
        return new RenderJob.Outcome(false, written);
      }
      List<Path> parts = new ArrayList<>();
      for (int k = 0; k < ranges.size(); k++) {
        parts.add(SegmentTask.finished(staging, k, format));
      }
      join.join(parts, spec.fps());
      VideoRender.record(
              run,
              keyframes,
              frames,
              device.toString(),
              started,
              written,
              true,
              (System.nanoTime() - t0) / 1e9)
          .write(RenderRecord.beside(output));
      return new RenderJob.Outcome(true, written);
    } finally {
      try {
        AtomicFiles.deleteTree(staging);
      } finally {
        done.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // The hook is running: it waits for `done`.
        }
      }
    }
  }

  /** The hidden folder beside the video where its segments are written. */
  static Path staging(Path output) {
    Path absolute = output.toAbsolutePath();
    return absolute.resolveSibling("." + absolute.getFileName() + ".segments");
  }

  private static void await(CountDownLatch done) {
    try {
      done.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
