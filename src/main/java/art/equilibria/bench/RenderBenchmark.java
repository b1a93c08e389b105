package art.equilibria.bench;

import art.equilibria.piece.RenderSpec;
import art.equilibria.render.FrameRenderer;
import art.equilibria.render.RenderJob;
import art.equilibria.render.RenderListener;
import art.equilibria.render.TrainedRun;
import art.equilibria.render.video.VideoEncoder;
import art.equilibria.render.video.VideoFormat;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Render speed for the same frames three ways: generation alone (latents to composed frames),
 * encoding alone (frames already in memory), and the full two-thread pipeline. The pipeline
 * overlaps the two, so it should run close to the slower of them.
 *
 * @param generatorFps frames per second generating and composing, no encoding
 * @param encoderFps frames per second encoding frames already made
 * @param pipelineFps frames per second of the full render
 */
public record RenderBenchmark(
    int frames, int width, int height, double generatorFps, double encoderFps, double pipelineFps) {

  /** Full pipeline over the slower of the two stages: 1 means perfect overlap. */
  public double overlap() {
    return pipelineFps / Math.min(generatorFps, encoderFps);
  }

  /** Measures {@code frames} frames of the run's render block (already sized as wanted). */
  public static RenderBenchmark measure(TrainedRun run, RenderSpec spec, int frames)
      throws IOException {
    FrameRenderer renderer = new FrameRenderer(run.ensemble(), run.growth(), spec);
    int n = (int) Math.min(frames, renderer.frames());
    renderer.render(0, 8); // warm-up: first calls allocate and pick kernels
    long t0 = System.nanoTime();
    List<BufferedImage> made = new ArrayList<>(n);
    for (int first = 0; first < n; first += 8) {
      made.addAll(renderer.render(first, Math.min(8, n - first)));
    }
    double generator = n / seconds(t0);

    Path dir = Files.createTempDirectory("equilibria-bench");
    try {
      VideoFormat format = VideoFormat.named(spec.format());
      int w = renderer.width();
      int h = renderer.height();
      long t1 = System.nanoTime();
      try (VideoEncoder sink =
          VideoEncoder.open(
              dir.resolve("encode." + format.extension()), format, w, h, spec.fps(), spec.crf())) {
        for (BufferedImage frame : made) {
          sink.write(frame);
        }
      }
      double encoder = n / seconds(t1);
      made.clear();

      long t2 = System.nanoTime();
      try (VideoEncoder sink =
          VideoEncoder.open(
              dir.resolve("full." + format.extension()), format, w, h, spec.fps(), spec.crf())) {
        new RenderJob(renderer, sink, RenderListener.NONE, n).run(outcome -> {});
      }
      double pipeline = n / seconds(t2);
      return new RenderBenchmark(n, w, h, generator, encoder, pipeline);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
