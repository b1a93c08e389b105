package art.equilibria.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import art.equilibria.TestPieces;
import art.equilibria.metrics.StepMetrics;
import art.equilibria.piece.Channels;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceFile;
import art.equilibria.piece.Synthesis;
import art.equilibria.run.CheckpointStore;
import art.equilibria.run.RunException;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A run stopped and resumed ends exactly where an uninterrupted one does. */
class ResumeTest {
  private static final long STEPS = 6;

  private static PieceFile pieceFile(Path dir) throws Exception {
    Files.createDirectories(dir);
    return PieceFile.read(Files.writeString(dir.resolve("tiny.yaml"), "title: tiny\n"));
  }

  private static RunFolder uninterrupted(Path dir, Piece piece) throws Exception {
    RunFolder run = RunFolder.create(dir, "tiny");
    new TrainingRun(piece, run, Device.cpu(), TrainingListener.NONE).train(pieceFile(dir), STEPS);
    return run;
  }

  /** Trains until {@code stopAfter} steps are done, as if Ctrl-C came during that step. */
  private static RunFolder stopped(Path dir, Piece piece, long stopAfter) throws Exception {
    RunFolder run = RunFolder.create(dir, "tiny");
    TrainingRun[] training = new TrainingRun[1];
    training[0] =
        new TrainingRun(
            piece,
            run,
            Device.cpu(),
            new TrainingListener() {
              @Override
              public void stepped(StepMetrics m) {
                if (m.step() + 1 == stopAfter) {
                  training[0].stop();
                }
              }
            });
    RunInfo info = training[0].train(pieceFile(dir), STEPS);
    assertEquals("stopped", info.state());
    assertEquals(stopAfter, info.stepsDone());
    return run;
  }

  private static RunInfo resume(RunFolder run, Piece piece, TrainingListener listener)
      throws IOException, RunException {
    return new TrainingRun(piece, run, Device.cpu(), listener).resume(RunInfo.read(run), STEPS);
  }

  @ParameterizedTest
  @EnumSource(Synthesis.class)
  void stoppedAndResumedEqualsUninterrupted(Synthesis synthesis, @TempDir Path tmp)
      throws Exception {
    // Checkpoints every 2 steps; StyleGAN v1's bounded output keeps its scale in the checkpoint.
    Piece piece =
        synthesis == Synthesis.STYLEGAN1 ? TestPieces.tinyStyleGan1(3) : TestPieces.tiny(3);
    RunFolder whole = uninterrupted(tmp.resolve("a"), piece);
    RunFolder parts = stopped(tmp.resolve("b"), piece, 3);
    assertTrue(Files.exists(parts.checkpoints().resolve("step-000003.ckpt")));

    RunInfo info = resume(parts, piece, TrainingListener.NONE);
    assertEquals("finished", info.state());
    assertSameMetrics(whole, parts);
    assertSameCheckpoint(whole, parts, STEPS);
  }

  @Test
  void aDamagedNewestCheckpointIsNamedAndThePreviousOneUsed(@TempDir Path tmp) throws Exception {
    Piece piece = TestPieces.tiny(3);
    RunFolder whole = uninterrupted(tmp.resolve("a"), piece);
    RunFolder parts = stopped(tmp.resolve("b"), piece, 3);
    Path newest = parts.checkpoints().resolve("step-000003.ckpt");
    byte[] bytes = Files.readAllBytes(newest);
    Files.write(newest, Arrays.copyOf(bytes, bytes.length / 3));

    List<String> warnings = new ArrayList<>();
    resume(parts, piece, warningsTo(warnings));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("step-000003.ckpt"), warnings.get(0));
    assertSameMetrics(whole, parts); // resumed from step 2: steps 2..5 trained again
    assertSameCheckpoint(whole, parts, STEPS);
  }

  @Test
  void aTornLastMetricsLineIsDroppedAndTheRunResumes(@TempDir Path tmp) throws Exception {
    Piece piece = TestPieces.tiny(3);
    RunFolder parts = stopped(tmp.resolve("b"), piece, 3);
    Files.writeString(parts.metrics(), "{\"step\":3,\"net", StandardOpenOption.APPEND);

    List<String> warnings = new ArrayList<>();
    RunInfo info = resume(parts, piece, warningsTo(warnings));
    assertEquals("finished", info.state());
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("metrics.jsonl"), warnings.get(0));
    List<Long> steps = new ArrayList<>();
    for (String line : Files.readAllLines(parts.metrics())) {
      steps.add(MetricsLog.parse(line).step());
    }
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L), steps);
  }

  @Test
  void aCheckpointOfAnotherArchitectureIsRefusedClearly(@TempDir Path tmp) throws Exception {
    Piece piece = TestPieces.tiny(3);
    RunFolder parts = stopped(tmp.resolve("b"), piece, 3);
    // The same piece with wider networks, as if piece.yaml had been edited in the run folder.
    Piece changed = TestPieces.with(piece, TestPieces.networks(new Channels(64, 16)));
    RunException e =
        assertThrows(RunException.class, () -> resume(parts, changed, TrainingListener.NONE));
    assertTrue(e.getMessage().contains("does not match the network"), e.getMessage());
  }

  private static void assertSameMetrics(RunFolder a, RunFolder b) throws IOException {
    List<String> x = Files.readAllLines(a.metrics());
    List<String> y = Files.readAllLines(b.metrics());
    assertEquals(x.size(), y.size());
    for (int i = 0; i < x.size(); i++) {
      StepMetrics p = MetricsLog.parse(x.get(i));
      StepMetrics q = MetricsLog.parse(y.get(i));
      assertEquals(p.step(), q.step());
      assertEquals(p.networks(), q.networks(), "step " + p.step());
    }
  }

  private static void assertSameCheckpoint(RunFolder a, RunFolder b, long step) throws IOException {
    try (NDManager m = NDManager.newBaseManager()) {
      CheckpointStore.Checkpoint x =
          CheckpointStore.load(a.checkpoints().resolve(String.format("step-%06d.ckpt", step)), m);
      CheckpointStore.Checkpoint y =
          CheckpointStore.load(b.checkpoints().resolve(String.format("step-%06d.ckpt", step)), m);
      assertSameArrays(x.networks(), y.networks());
      assertSameArrays(x.optimiser(), y.optimiser());
      assertEquals(x.meta().optimiserUpdates(), y.meta().optimiserUpdates());
    }
  }

  private static void assertSameArrays(NDList x, NDList y) {
    assertEquals(x.size(), y.size());
    for (int i = 0; i < x.size(); i++) {
      assertEquals(x.get(i).getName(), y.get(i).getName());
      assertArrayEquals(x.get(i).toFloatArray(), y.get(i).toFloatArray(), 0f, x.get(i).getName());
    }
  }

  /** A listener that keeps the warnings a training gives. */
  private static TrainingListener warningsTo(List<String> warnings) {
    return new TrainingListener() {
      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    };
  }
}
