package art.equilibria.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import art.equilibria.TestPieces;
import art.equilibria.metrics.GuardEvent;
import art.equilibria.piece.GuardPolicy;
import art.equilibria.piece.GuardSpec;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceFile;
import art.equilibria.run.CheckpointStore;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run does when the guard sees collapse: report, stop, or roll back. */
class GuardPolicyTest {

  /** A tiny piece whose every step counts as collapse (no batch has that much variance). */
  private static Piece collapsing(GuardPolicy policy) {
    return TestPieces.with(TestPieces.tiny(3), new GuardSpec(policy, 20, 0.995, 1e6, 0, 2, 0.5));
  }

  private static RunInfo train(Path tmp, Piece piece, List<GuardEvent> seen) throws Exception {
    Files.createDirectories(tmp);
    Path file = Files.writeString(tmp.resolve("tiny.yaml"), "title: tiny\n");
    RunFolder run = RunFolder.create(tmp, "tiny");
    return new TrainingRun(
            piece,
            run,
            Device.cpu(),
            new TrainingListener() {
              @Override
              public void guarded(GuardEvent event) {
                seen.add(event);
              }
            })
        .train(PieceFile.read(file), 6);
  }

  @Test
  void continueReportsEveryCollapseAndFinishes(@TempDir Path tmp) throws Exception {
    List<GuardEvent> seen = new ArrayList<>();
    RunInfo info = train(tmp, collapsing(GuardPolicy.CONTINUE), seen);
    assertEquals("finished", info.state());
    assertEquals(12, seen.size()); // two generators, six steps
    String line =
        Files.readAllLines(tmp.resolve("tiny").resolve(firstRun(tmp)).resolve("metrics.jsonl"))
            .get(0);
    assertTrue(
        line.contains("\"events\":[{\"step\":0,\"network\":\"g1\",\"kind\":\"collapse\""), line);
  }

  @Test
  void stopEndsTheRunAtTheFirstCollapse(@TempDir Path tmp) throws Exception {
    RunInfo info = train(tmp, collapsing(GuardPolicy.STOP), new ArrayList<>());
    assertEquals("stopped", info.state());
    assertEquals(1, info.stepsDone());
    RunInfo recorded = RunInfo.read(new RunFolder(tmp.resolve("tiny").resolve(firstRun(tmp))));
    assertTrue(recorded.guardStop().contains("collapse"), "not Ctrl-C's stop: " + recorded);
  }

  @Test
  void rollbackRestoresTheLastGoodCheckpointWithANewStreamThenStopsAtTheLimit(@TempDir Path tmp)
      throws Exception {
    List<GuardEvent> seen = new ArrayList<>();
    RunInfo info = train(tmp, collapsing(GuardPolicy.ROLLBACK), seen);
    List<GuardEvent> rollbacks =
        seen.stream().filter(e -> e.kind() == GuardEvent.Kind.ROLLBACK).toList();
    assertEquals(2, rollbacks.size()); // the piece allows two
    assertEquals(0, rollbacks.get(0).step()); // back to the checkpoint at step 0
    assertTrue(
        rollbacks.get(1).message().contains("learning rate x0.250"), rollbacks.get(1).message());
    assertEquals("stopped", info.state());
    // The metrics go on from the checkpoint, with the rollback recorded, never repeating a step.
    Path run = tmp.resolve("tiny").resolve(firstRun(tmp));
    List<String> lines = Files.readAllLines(run.resolve("metrics.jsonl"));
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).contains("\"kind\":\"rollback\""), lines.get(0));
    try (NDManager m = NDManager.newBaseManager()) {
      var checkpoint =
          CheckpointStore.load(
              new CheckpointStore(run.resolve("checkpoints"), 9).latest().orElseThrow(), m);
      assertEquals(0L, checkpoint.step()); // nothing after the collapse was kept as good
    }
  }

  private static String firstRun(Path tmp) throws Exception {
    try (var s = Files.list(tmp.resolve("tiny"))) {
      return s.findFirst().orElseThrow().getFileName().toString();
    }
  }
}
