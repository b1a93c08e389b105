package art.equilibria.render;

import art.equilibria.piece.RenderSpec;
import art.equilibria.render.video.VideoEncoder;
import art.equilibria.render.video.VideoFormat;
import art.equilibria.sampling.Keyframes;
import art.equilibria.sampling.TrainedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

/** Renders a trained run's video with its render settings, and the sidecar that repeats it. */
public final class VideoRender {
  private VideoRender() {}

  /**
   * @param keyframes latents to pass through instead of the render's seeds, or null
   * @param output the video file (a folder for PNG frames)
   * @param device where the generators run, for the sidecar
   * @param report told, after the file is closed, how the render ended
   */
  public static RenderJob.Outcome render(
      TrainedRun run,
      Keyframes keyframes,
      Path output,
      String device,
      RenderListener listener,
      Consumer<RenderJob.Outcome> report)
      throws IOException {
    RenderSpec spec = run.piece().render();
    FrameRenderer frames = new FrameRenderer(run.ensemble(), run.growth(), spec, keyframes);
    String started = OffsetDateTime.now().toString();
    long t0 = System.nanoTime();
    VideoEncoder sink =
        VideoEncoder.open(
            output,
            VideoFormat.named(spec.format()),
            frames.width(),
            frames.height(),
            spec.fps(),
            spec.crf());
    // Written first as not completed, so a render killed before its end still has its record.
    record(run, keyframes, frames, device, started, 0, false, 0).write(RenderRecord.beside(output));
    return new RenderJob(frames, sink, listener)
        .run(
            outcome -> {
              record(
                      run,
                      keyframes,
                      frames,
                      device,
                      started,
                      outcome.frames(),
                      outcome.completed(),
                      (System.nanoTime() - t0) / 1e9)
                  .write(RenderRecord.beside(output));
              report.accept(outcome);
            });
  }

  /** The sidecar of a video rendered from {@code run} by {@code frames}. */
  public static RenderRecord record(
      TrainedRun run,
      Keyframes keyframes,
      FrameRenderer frames,
      String device,
      String started,
      long written,
      boolean completed,
      double seconds) {
    return new RenderRecord(
        run.folder().dir().toString(),
        run.checkpoint().getFileName().toString(),
        run.step(),
        run.piece().seed(),
        run.growth().resolution(),
        run.piece().render(),
        keyframes,
        frames.tones(),
        frames.width(),
        frames.height(),
        frames.frames(),
        written,
        completed,
        device,
        started,
        seconds,
        RenderRecord.currentVersions());
  }

  /**
   * {@code <run>/videos/step-000450-side-by-side.mp4} ({@code step-000450-g2.mp4} for one
   * generator), numbered on if it exists.
   */
  public static Path defaultOutput(TrainedRun run) {
    RenderSpec spec = run.piece().render();
    VideoFormat format = VideoFormat.named(spec.format());
    // One generator's video is named for it, so the files of render --per-generator tell apart.
    String shown =
        spec.layout().equals("single") && !spec.generator().isEmpty()
            ? spec.generator()
            : spec.layout();
    String base = String.format("step-%06d-%s", run.step(), shown);
    Path dir = run.folder().dir().resolve("videos");
    for (int i = 1; ; i++) {
      String stem = i == 1 ? base : base + "-" + i;
      String name = format.isFolder() ? stem + "-frames" : stem + "." + format.extension();
      Path candidate = dir.resolve(name);
      if (!Files.exists(candidate) && !Files.exists(RenderRecord.beside(candidate))) {
        return candidate;
      }
    }
  }
}
