package art.equilibria.cli;

import ai.djl.Device;
import art.equilibria.bench.RenderBenchmark;
import art.equilibria.bench.TrainingBenchmark;
import art.equilibria.piece.Piece;
import art.equilibria.render.TrainedRun;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equilibria bench}: training and render speed and memory on this machine. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure training and render speed and memory on this machine.",
      "Training: each resolution of a piece. With --render RUN: generation alone, encoding",
      "alone and the full pipeline for the same frames."
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
      defaultValue = "100,1000,2000",
      description = "Report resident memory after these steps (default: ${DEFAULT-VALUE}).")
  List<Long> memoryAt;

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
      description = "Frames rendered (default: ${DEFAULT-VALUE}).")
  int frames;

  @Mixin DeviceOption device;

  @Override
  public Integer call() throws Exception {
    long launched = ManagementFactory.getRuntimeMXBean().getStartTime();
    Device d = device.choice.resolve();
    Piece piece = TrainCommand.readPiece(pieceFile);
    System.out.printf("device %s, %s, batch %d%n", d, pieceFile, piece.schedule().batch());
    System.out.println("| resolution | ms/step | images/s | resident MiB after steps |");
    System.out.println("|---:|---:|---:|---|");
    List<Integer> resolutions = new ArrayList<>();
    for (int r = piece.schedule().startResolution();
        r <= piece.schedule().finalResolution();
        r *= 2) {
      if (stage == null || stage == r) {
        resolutions.add(r);
      }
    }
    if (resolutions.isEmpty()) {
      throw new UserError("--stage " + stage + ": not a resolution of " + pieceFile);
    }
    boolean first = true;
    for (int r : resolutions) {
      long timed = Math.max(steps, memoryAt.stream().mapToLong(Long::longValue).max().orElse(0));
      TrainingBenchmark t =
          TrainingBenchmark.measure(
              piece,
              d,
              r,
              (int) (r == resolutions.get(resolutions.size() - 1) ? timed : steps),
              memoryAt);
      if (first) {
        System.out.printf(
            "launch to first training step done: %.2f s%n", (t.firstStepDone() - launched) / 1e3);
        first = false;
      }
      StringBuilder memory = new StringBuilder();
      for (int i = 0; i < t.memory().size(); i++) {
        memory.append(
            String.format(
                "%s%d: %.0f", i == 0 ? "" : ", ", t.memorySteps().get(i), t.memory().get(i)));
      }
      System.out.printf(
          "| %d | %.1f | %.1f | %s |%n", r, t.msPerStep(), t.imagesPerSecond(), memory);
    }
    if (render != null) {
      try (TrainedRun run =
          RenderCommand.open(render, "latest", d, Map.of("size", size, "layout", "side-by-side"))) {
        RenderBenchmark b = RenderBenchmark.measure(run, run.piece().render(), frames);
        System.out.printf(
            "%nrender %s, %d frames at %dx%d, %d px tiles%n",
            render, b.frames(), b.width(), b.height(), run.growth().resolution());
        System.out.println("| generator only | encoder only | full pipeline | full / slower |");
        System.out.println("|---:|---:|---:|---:|");
        System.out.printf(
            "| %.1f fps | %.1f fps | %.1f fps | %.2f |%n",
            b.generatorFps(), b.encoderFps(), b.pipelineFps(), b.overlap());
      }
    }
    return 0;
  }
}
