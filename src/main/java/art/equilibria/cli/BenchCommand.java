package art.equilibria.cli;

import ai.djl.Device;
import art.equilibria.bench.MatmulRate;
import art.equilibria.bench.MemorySample;
import art.equilibria.bench.OperationTime;
import art.equilibria.bench.RenderBenchmark;
import art.equilibria.bench.TrainingBenchmark;
import art.equilibria.piece.Piece;
import art.equilibria.piece.RenderSpec;
import art.equilibria.run.RunException;
import art.equilibria.run.RunFolder;
import art.equilibria.sampling.TrainedRun;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code equilibria bench}: training and render speed and memory on this machine, as Markdown
 * tables on standard output (progress goes to standard error).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure training and render speed and memory on this machine.",
      "Training: each resolution of a piece, its model FLOPs and their rate against the",
      "device's own matrix-multiply rate; memory over a long run at the last resolution.",
      "With --render RUN: generation alone, encoding alone and the full pipeline for the",
      "same frames, then memory over a long render.",
      "Tables go to standard output, progress to standard error."
    })
final class BenchCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(
      paramLabel = "PIECE",
      arity = "0..1",
      defaultValue = "pieces/demo.yaml",
      description = "The piece (default: ${DEFAULT-VALUE}).")
  Path pieceFile;

  @Option(names = "--stage", paramLabel = "RES", description = "Only this resolution.")
  Integer stage;

  @Option(
      names = "--steps",
      defaultValue = "50",
      description = "Timed steps per resolution (default: ${DEFAULT-VALUE}).")
  int steps;

  @Option(
      names = "--memory",
      split = ",",
      paramLabel = "STEPS",
      defaultValue = "100,1000,2000",
      description =
          "Sample memory after these steps, training the last resolution as long as the"
              + " largest (default: ${DEFAULT-VALUE}).")
  List<Long> memoryAt;

  @Option(
      names = "--profile",
      paramLabel = "TRACE",
      description =
          "Also record libtorch's profiler over 10 steps of the last resolution into TRACE (a"
              + " Chrome trace: chrome://tracing or ui.perfetto.dev) and list the operations"
              + " that took the most time.")
  Path profile;

  @Option(names = "--render", paramLabel = "RUN", description = "Also time rendering this run.")
  Path render;

  @Option(
      names = "--size",
      defaultValue = "1920x1080",
      description = "Render size (default: ${DEFAULT-VALUE}).")
  String size;

  @Option(
      names = "--frames",
      defaultValue = "240",
      description = "Frames timed each way (default: ${DEFAULT-VALUE}).")
  int frames;

  @Option(
      names = "--render-memory",
      split = ",",
      paramLabel = "FRAMES",
      defaultValue = "1000,5000,10000",
      description =
          "Sample memory after these frames of a full render as long as the largest"
              + " (default: ${DEFAULT-VALUE}; 0 skips it).")
  List<Long> renderMemoryAt;

  @Mixin DeviceOption device;

  @Spec CommandSpec spec;

  private PrintWriter out;

  @Override
  public Integer call() throws Exception {
    out = spec.commandLine().getOut();
    checkOptions();
    long launched = ManagementFactory.getRuntimeMXBean().getStartTime();
    Device d = device.choice.resolve();
    Piece piece = TrainCommand.readPiece(pieceFile);
    List<Integer> resolutions = resolutions(piece);
    List<Long> memory = sorted(memoryAt);
    out.printf(
        "device %s, %s, batch %d, %s libtorch threads%n",
        d,
        pieceFile,
        piece.schedule().batch(),
        System.getProperty("ai.djl.pytorch.num_threads", "default"));

    List<TrainingBenchmark> results = new ArrayList<>();
    MatmulRate matmul = null;
    for (int r : resolutions) {
      boolean last = r == resolutions.get(resolutions.size() - 1);
      long timed =
          last ? Math.max(steps, memory.isEmpty() ? 0 : memory.get(memory.size() - 1)) : steps;
      try (Progress progress = new Progress("bench " + r + " px", timed)) {
        results.add(
            TrainingBenchmark.measure(
                piece, d, r, (int) timed, last ? memory : List.of(), progress::stepTo));
      }
      if (matmul == null) {
        out.printf(
            "launch to first training step done: %.2f s%n",
            (results.get(0).firstStepDone() - launched) / 1e3);
        matmul = MatmulRate.measure(d, 0.5);
        out.printf(
            "libtorch float32 matrix multiply on %s: %.1f GFLOP/s (best at %d x %d)%n%n",
            d, matmul.flopsPerSecond() / 1e9, matmul.size(), matmul.size());
        out.println(
            "| resolution | ms/step | median ms/step | images/s | GFLOP/step | GFLOP/s |"
                + " utilisation | libtorch calls/step | warm-up steps |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      }
      TrainingBenchmark t = results.get(results.size() - 1);
      out.printf(
          "| %d | %.1f | %.1f | %.0f | %.2f | %.1f | %.0f%% | %.0f | %d |%n",
          r,
          t.msPerStep(),
          t.medianMsPerStep(),
          t.imagesPerSecond(),
          t.flopsPerStep() / 1e9,
          t.flopsPerSecond() / 1e9,
          100 * t.flopsPerSecond() / matmul.flopsPerSecond(),
          t.callsPerStep(),
          t.warmUpSteps());
    }
    printMemory(
        "training at " + resolutions.get(resolutions.size() - 1) + " px",
        "steps",
        results.get(results.size() - 1).memory());

    if (profile != null) {
      profile(piece, d, resolutions.get(resolutions.size() - 1));
    }
    if (render != null) {
      renderBenchmark(d);
    }
    out.flush();
    return 0;
  }

  /** Every option checked before the first step, so none fails after minutes of benchmarking. */
  private void checkOptions() throws RunException, UserError {
    if (steps < 1) {
      throw new UserError("--steps " + steps + ": give 1 or more timed steps");
    }
    if (frames < 1) {
      throw new UserError("--frames " + frames + ": give 1 or more frames");
    }
    for (long m : memoryAt) {
      if (m < 1) {
        throw new UserError("--memory " + m + ": sample after 1 or more steps");
      }
    }
    for (long m : renderMemoryAt) {
      if (m < 0) {
        throw new UserError("--render-memory " + m + ": give 0 (none) or more frames");
      }
    }
    if (profile != null && java.nio.file.Files.isDirectory(profile)) {
      throw new UserError(
          "--profile "
              + profile
              + " is a folder; give a file, e.g. "
              + profile.resolve("trace.json"));
    }
    if (render != null) {
      RunFolder.open(render);
    }
  }

  private void renderBenchmark(Device d) throws Exception {
    List<Long> memory = sorted(renderMemoryAt).stream().filter(f -> f > 0).toList();
    long longest = Math.max(frames, memory.isEmpty() ? 0 : memory.get(memory.size() - 1));
    Map<String, Object> overrides = Map.of("size", size, "layout", "side-by-side");
    try (TrainedRun run = RenderCommand.open(render, "latest", d, overrides)) {
      // A path long enough for the longest render (the bench's frames need not loop).
      RenderSpec spec = run.piece().render();
      RenderSpec stretched = spec.withDuration((longest + spec.fps() - 1) / spec.fps() + 1);
      System.err.printf("rendering %d frames three ways...%n", frames);
      // The long render's bar starts when it does, so its time left is its own.
      Progress[] progress = new Progress[1];
      RenderBenchmark b;
      try {
        b =
            RenderBenchmark.measure(
                run,
                stretched,
                frames,
                memory,
                done -> {
                  if (progress[0] == null) {
                    progress[0] = new Progress("bench long render", longest);
                  }
                  progress[0].stepTo(done);
                });
      } finally {
        if (progress[0] != null) {
          progress[0].close();
        }
      }
      out.printf(
          "%nrender %s, %d frames at %dx%d, %d px tiles%n",
          render, b.frames(), b.width(), b.height(), run.growth().resolution());
      out.println(
          "| generator only | encoder only | full pipeline | full / slower |"
              + " processor-bound limit | full / limit |");
      out.println("|---:|---:|---:|---:|---:|---:|");
      out.printf(
          "| %.1f fps (%.0f cpu-ms/frame) | %.1f fps (%.0f cpu-ms/frame) | %.1f fps | %.2f |"
              + " %.1f fps | %.2f |%n",
          b.generatorFps(),
          b.generatorCpuMs(),
          b.encoderFps(),
          b.encoderCpuMs(),
          b.pipelineFps(),
          b.overlap(),
          b.cpuBoundFps(),
          b.pipelineFps() / b.cpuBoundFps());
      printMemory("a full render", "frames", b.memory());
    }
  }

  private void profile(Piece piece, Device d, int resolution) throws Exception {
    int steps = 10;
    System.err.printf("profiling %d steps at %d px...%n", steps, resolution);
    List<OperationTime> ops =
        TrainingBenchmark.profile(piece, d, resolution, steps, profile).operations();
    double total = ops.stream().mapToDouble(OperationTime::msPerStep).sum();
    out.printf(
        "%nlibtorch's profiler, %d steps at %d px (%s): %.1f ms/step of operations"
            + " (the profiler slows them)%n",
        steps, resolution, profile, total);
    out.println("| operation | self ms/step | share | calls/step |");
    out.println("|---|---:|---:|---:|");
    for (OperationTime op : ops.subList(0, Math.min(15, ops.size()))) {
      out.printf(
          "| `%s` | %.2f | %.1f%% | %.0f |%n",
          op.name(), op.msPerStep(), 100 * op.msPerStep() / total, op.callsPerStep());
    }
  }

  private void printMemory(String what, String unit, List<MemorySample> samples) {
    if (samples.isEmpty()) {
      return;
    }
    out.printf("%nmemory during %s (Java heap after a full collection)%n", what);
    out.printf(
        "| after %s | resident MiB | native heap MiB | Java heap MiB | live NDArrays |%n", unit);
    out.println("|---:|---:|---:|---:|---:|");
    for (MemorySample s : samples) {
      out.printf(
          "| %d | %.0f | %.1f | %.0f | %d |%n",
          s.after(), s.residentMb(), s.nativeMb(), s.heapMb(), s.liveArrays());
    }
    if (samples.size() > 1) {
      MemorySample first = samples.get(0);
      MemorySample last = samples.get(samples.size() - 1);
      out.printf(
          "from %d to %d %s: resident %+.1f%%, native heap %+.1f%%, live NDArrays %+d%n",
          first.after(),
          last.after(),
          unit,
          growth(first.residentMb(), last.residentMb()),
          growth(first.nativeMb(), last.nativeMb()),
          last.liveArrays() - first.liveArrays());
    }
  }

  private static double growth(double first, double last) {
    return 100 * (last - first) / first;
  }

  private List<Integer> resolutions(Piece piece) {
    List<Integer> all = new ArrayList<>();
    for (int r = piece.schedule().startResolution();
        r <= piece.schedule().finalResolution();
        r *= 2) {
      if (stage == null || stage == r) {
        all.add(r);
      }
    }
    if (all.isEmpty()) {
      throw new UserError("--stage " + stage + ": not a resolution of " + pieceFile);
    }
    return all;
  }

  private static List<Long> sorted(List<Long> values) {
    return values.stream().sorted().toList();
  }

  /** A progress bar whose time left comes from the mean rate so far. */
  private static final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    Progress(String task, long total) {
      this.bar = Bars.paced(task, total);
    }

    void stepTo(long done) {
      bar.stepTo(done);
    }

    @Override
    public void close() {
      bar.close();
    }
  }
}
