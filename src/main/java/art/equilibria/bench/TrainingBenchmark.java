package art.equilibria.bench;

import ai.djl.Device;
import art.equilibria.piece.Piece;
import art.equilibria.train.ProcessMemory;
import art.equilibria.train.Trainer;
import java.util.ArrayList;
import java.util.List;

/**
 * Training speed at one resolution: the ensemble trained at that stage (fade complete) for a number
 * of steps after a warm-up, with resident memory sampled along the way.
 *
 * @param msPerStep mean milliseconds per step after the warm-up
 * @param imagesPerSecond generator images made per second (every update makes a batch per generator
 *     it reads)
 * @param memory resident memory (MiB) after the steps listed in {@code memorySteps}
 * @param firstStepDone wall-clock time (epoch ms) when the first step had finished
 */
public record TrainingBenchmark(
    int resolution,
    int batch,
    int steps,
    double msPerStep,
    double imagesPerSecond,
    List<Long> memorySteps,
    List<Double> memory,
    long firstStepDone) {

  private static final int WARM_UP = 5;

  public static TrainingBenchmark measure(
      Piece piece, Device device, int resolution, int steps, List<Long> memoryAt) {
    int stage =
        Integer.numberOfTrailingZeros(resolution)
            - Integer.numberOfTrailingZeros(piece.schedule().startResolution());
    // A step index inside the stage, after its fade: every step then trains this resolution.
    long step =
        (long) stage * piece.schedule().stepsPerStage()
            + (long) Math.ceil(piece.schedule().fade() * piece.schedule().stepsPerStage());
    List<Long> sampled = new ArrayList<>();
    List<Double> memory = new ArrayList<>();
    long images = 0;
    try (Trainer trainer = new Trainer(piece, device)) {
      trainer.step(step, 0);
      long firstStepDone = System.currentTimeMillis();
      for (int i = 1; i < WARM_UP; i++) {
        trainer.step(step, 0);
      }
      long t0 = System.nanoTime();
      for (int i = 1; i <= steps; i++) {
        images += trainer.step(step, 0).images();
        if (memoryAt.contains((long) i)) {
          sampled.add((long) i);
          memory.add(ProcessMemory.residentMb());
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new TrainingBenchmark(
          resolution,
          piece.schedule().batch(),
          steps,
          seconds * 1000 / steps,
          images / seconds,
          sampled,
          memory,
          firstStepDone);
    }
  }
}
