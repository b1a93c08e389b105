package art.equilibria.bench;

import art.equilibria.piece.RenderSpec;
import art.equilibria.render.FrameRenderer;
import art.equilibria.render.RenderJob;
import art.equilibria.render.RenderListener;
import art.equilibria.render.video.VideoEncoder;
import art.equilibria.render.video.VideoFormat;
import art.equilibria.run.AtomicFiles;
import art.equilibria.sampling.TrainedRun;
import art.equilibria.train.ProcessMemory;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Render speed for the same frames three ways: generation alone (latents to composed frames),
 * encoding alone (frames already in memory), and the full two-thread pipeline. The pipeline
 * overlaps the two, so it should run close to the slower of them. Optionally a longer full render
 * with memory sampled along the way.
 *
 * @param generatorFps frames per second generating and composing, no encoding
 * @param encoderFps frames per second encoding frames already made
 * @param pipelineFps frames per second of the full render
 * @param generatorCpuMs processor time per frame generating (all threads of the process)
 * @param encoderCpuMs processor time per frame encoding
 * @param memory memory during the long render, after the frames asked for (empty if none)
 */
public record RenderBenchmark(
    int frames,
    int width,
    int height,
    double generatorFps,
    double encoderFps,
    double pipelineFps,
    double generatorCpuMs,
    double encoderCpuMs,
    List<MemorySample> memory) {

  /** Frames kept in memory for the encoder-only pass (8 MB each at 1080p); more are cycled. */
  private static final int KEPT = 120;

  /** Full pipeline over the slower of the two stages: 1 means perfect overlap. */
  public double overlap() {
    return pipelineFps / Math.min(generatorFps, encoderFps);
  }

  /**
   * The most frames per second the two stages can reach together when the processor is the limit:
   * every core busy with one stage or the other. Where this is below the slower stage, no overlap
   * can reach it.
   */
  public double cpuBoundFps() {
    int cores = Runtime.getRuntime().availableProcessors();
    return Math.min(
        Math.min(generatorFps, encoderFps), 1000.0 * cores / (generatorCpuMs + encoderCpuMs));
  }

  /**
   * Measures {@code frames} frames of the run's render block (already sized as wanted), then, if
   * {@code memoryAt} lists frame counts, renders as many frames in full and samples memory.
   *
   * @param longRender told the frames generated so far in the long render (progress)
   */
  public static RenderBenchmark measure(
      TrainedRun run, RenderSpec spec, int frames, List<Long> memoryAt, LongConsumer longRender)
      throws IOException {
    FrameRenderer renderer = new FrameRenderer(run.ensemble(), run.growth(), spec);
    int n = (int) Math.min(frames, renderer.frames());
    renderer.render(0, 8); // warm-up: first calls allocate and pick kernels
    long t0 = System.nanoTime();
    long cpu0 = ProcessMemory.cpuNanos();
    for (int first = 0; first < n; first += 8) {
      renderer.render(first, Math.min(8, n - first));
    }
    double generator = n / seconds(t0);
    double generatorCpu = (ProcessMemory.cpuNanos() - cpu0) / 1e6 / n;

    List<BufferedImage> kept = new ArrayList<>();
    for (int first = 0; first < Math.min(n, KEPT); first += 8) {
      kept.addAll(renderer.render(first, Math.min(8, Math.min(n, KEPT) - first)));
    }
    Path dir = Files.createTempDirectory("equilibria-bench");
    try {
      long t1 = System.nanoTime();
      long cpu1 = ProcessMemory.cpuNanos();
      try (VideoEncoder sink = open(dir, "encode", renderer, spec)) {
        for (int i = 0; i < n; i++) {
          sink.write(kept.get(i % kept.size()));
        }
      }
      double encoder = n / seconds(t1);
      double encoderCpu = (ProcessMemory.cpuNanos() - cpu1) / 1e6 / n;
      kept.clear();

      long t2 = System.nanoTime();
      try (VideoEncoder sink = open(dir, "full", renderer, spec)) {
        new RenderJob(renderer, sink, RenderListener.NONE, n).run(outcome -> {});
      }
      double pipeline = n / seconds(t2);

      List<MemorySample> memory = new ArrayList<>();
      long soak = memoryAt.stream().mapToLong(Long::longValue).max().orElse(0);
      if (soak > 0) {
        Files.delete(dir.resolve("full." + VideoFormat.named(spec.format()).extension()));
        try (VideoEncoder sink = open(dir, "soak", renderer, spec)) {
          RenderListener sampler =
              new RenderListener() {
                private int next;

                @Override
                public void generated(long done) {
                  longRender.accept(done);
                  // Batches of 8 frames: sample at the first count reaching the next mark.
                  while (next < memoryAt.size() && done >= memoryAt.get(next)) {
                    memory.add(MemorySample.take(done, run.ensemble().manager()));
                    next++;
                  }
                }
              };
          new RenderJob(renderer, sink, sampler, soak).run(outcome -> {});
        }
      }
      return new RenderBenchmark(
          n,
          renderer.width(),
          renderer.height(),
          generator,
          encoder,
          pipeline,
          generatorCpu,
          encoderCpu,
          memory);
    } finally {
      AtomicFiles.deleteTree(dir);
    }
  }

  private static VideoEncoder open(Path dir, String name, FrameRenderer renderer, RenderSpec spec)
      throws IOException {
    VideoFormat format = VideoFormat.named(spec.format());
    return VideoEncoder.open(
        dir.resolve(name + "." + format.extension()),
        format,
        renderer.width(),
        renderer.height(),
        spec.fps(),
        spec.crf());
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
