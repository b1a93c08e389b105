package art.equilibria.bench;

import ai.djl.Device;
import ai.djl.pytorch.jni.JniUtils;
import art.equilibria.cpu.ThreadGovernor;
import art.equilibria.metrics.StepMetrics;
import art.equilibria.piece.Piece;
import art.equilibria.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Training speed at one resolution: the ensemble trained at that stage (fade complete) for a number
 * of steps after a warm-up ({@link WarmUp}: until the JVM's compiler is quiet), with memory sampled
 * along the way (sampling is not timed).
 *
 * @param msPerStep mean milliseconds per step after the warm-up
 * @param medianMsPerStep the median: what PyTorch's counterpart script reports, and steadier on a
 *     shared machine
 * @param imagesPerSecond generator images made per second (every update makes a batch per generator
 *     it reads)
 * @param flopsPerStep model floating-point operations of a step, forward and backward, counted from
 *     the layer shapes
 * @param callsPerStep libtorch calls a step issues (operations called from Java and the backward
 *     functions autograd runs, not those they call in turn), counted by libtorch's profiler over
 *     two further steps
 * @param memory memory after the steps asked for
 * @param firstStepDone wall-clock time (epoch ms) when the first step had finished
 * @param warmUpSteps steps run before the timed ones (the first included)
 */
public record TrainingBenchmark(
    int resolution,
    int batch,
    int steps,
    double msPerStep,
    double medianMsPerStep,
    double imagesPerSecond,
    long flopsPerStep,
    double callsPerStep,
    List<MemorySample> memory,
    long firstStepDone,
    int warmUpSteps) {

  /** Steps the profiler counts calls over: every step of a stage issues the same calls. */
  private static final int COUNTED = 2;

  /**
   * Records libtorch's profiler over {@code steps} steps at this resolution (after a warm-up) into
   * {@code trace}, a Chrome trace (chrome://tracing, Perfetto), and reads it back per operation.
   */
  public static ProfilerTrace profile(
      Piece piece, Device device, int resolution, int steps, Path trace) throws IOException {
    long step = faded(piece, resolution);
    try (Trainer trainer = new Trainer(piece, device)) {
      WarmUp.ofThisJvm().run(() -> trainer.step(step, 0));
      return profile(trainer, device, step, steps, trace);
    }
  }

  private static ProfilerTrace profile(
      Trainer trainer, Device device, long step, int steps, Path trace) throws IOException {
    JniUtils.startProfile(device.isGpu(), false, false);
    try {
      for (int i = 0; i < steps; i++) {
        trainer.step(step, 0);
      }
    } finally {
      JniUtils.stopProfile(trace.toAbsolutePath().toString());
    }
    return ProfilerTrace.read(trace, steps);
  }

  /** Calls per step, from the profiler over a few more steps of a warmed-up trainer. */
  private static double callsPerStep(Trainer trainer, Device device, long step) throws IOException {
    Path trace = Files.createTempFile("equilibria-calls", ".json");
    try {
      return profile(trainer, device, step, COUNTED, trace).topLevelCallsPerStep();
    } finally {
      Files.deleteIfExists(trace);
    }
  }

  /** A step index inside the resolution's stage, after its fade: it trains that resolution. */
  private static long faded(Piece piece, int resolution) {
    int stage =
        Integer.numberOfTrailingZeros(resolution)
            - Integer.numberOfTrailingZeros(piece.schedule().startResolution());
    return (long) stage * piece.schedule().stepsPerStage()
        + (long) Math.ceil(piece.schedule().fade() * piece.schedule().stepsPerStage());
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  /** Model FLOPs achieved per second. */
  public double flopsPerSecond() {
    return flopsPerStep * 1000.0 / msPerStep;
  }

  /**
   * @param stepped told the number of timed steps done after each (progress)
   */
  public static TrainingBenchmark measure(
      Piece piece,
      Device device,
      int resolution,
      int steps,
      List<Long> memoryAt,
      LongConsumer stepped)
      throws IOException {
    long step = faded(piece, resolution);
    List<MemorySample> memory = new ArrayList<>();
    long images = 0;
    long flops = 0;
    try (Trainer trainer = new Trainer(piece, device)) {
      trainer.step(step, 0);
      long firstStepDone = System.currentTimeMillis();
      int warmUp = 1 + WarmUp.ofThisJvm().run(() -> trainer.step(step, 0));
      long nanos = 0;
      long[] each = new long[steps];
      // As a training does: fewer libtorch threads while other processes take cores.
      ThreadGovernor threads = ThreadGovernor.forTraining(device);
      for (int i = 1; i <= steps; i++) {
        threads.tick();
        long t0 = System.nanoTime();
        StepMetrics m = trainer.step(step, 0);
        each[i - 1] = System.nanoTime() - t0;
        nanos += each[i - 1];
        images += m.images();
        flops += m.flops();
        if (memoryAt.contains((long) i)) {
          memory.add(MemorySample.take(i, trainer.ensemble().manager()));
        }
        stepped.accept(i);
      }
      double seconds = nanos / 1e9;
      double calls = callsPerStep(trainer, device, step);
      return new TrainingBenchmark(
          resolution,
          piece.schedule().batch(),
          steps,
          seconds * 1000 / steps,
          median(each) / 1e6,
          images / seconds,
          flops / steps,
          calls,
          memory,
          firstStepDone,
          warmUp);
    }
  }
}
