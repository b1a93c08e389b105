package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.ChildJvm;
import art.equilibria.run.CheckpointStore;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.train.MetricsLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training in a separate process, stopped from outside, then resumed. */
class TrainInterruptTest {
  private static final int STEPS = 300;

  private static Process train(Path out, Path log) throws IOException {
    return ChildJvm.equilibria(
        log,
        "train",
        "src/test/resources/pieces/tiny.yaml",
        "--steps",
        Integer.toString(STEPS),
        "--out",
        out.toString());
  }

  /** Waits for a checkpoint at or after {@code step}; returns the run folder. */
  private static Path waitForCheckpoint(Path out, Process child, long step) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (true) {
      assertTrue(child.isAlive(), "training ended before it could be interrupted");
      assertTrue(System.nanoTime() < deadline, "no checkpoint in 90 s");
      Path pieceDir = out.resolve("tiny");
      if (Files.isDirectory(pieceDir)) {
        try (Stream<Path> runs = Files.list(pieceDir)) {
          for (Path run : runs.toList()) {
            var latest = new CheckpointStore(run.resolve("checkpoints"), 99).latest();
            if (latest.isPresent() && CheckpointStore.stepOf(latest.get()) >= step) {
              return run;
            }
          }
        }
      }
      Thread.sleep(20);
    }
  }

  @Test
  void sigtermDuringTheStartLeavesARunStoppedWithACheckpoint(@TempDir Path tmp) throws Exception {
    Process child = train(tmp, tmp.resolve("log"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    // As soon as the piece is written, wherever: the run has begun starting but not training.
    while (!hasPiece(tmp.resolve("tiny"))) {
      assertTrue(child.isAlive() && System.nanoTime() < deadline, "no run started");
      Thread.sleep(1);
    }
    child.destroy(); // SIGTERM
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "training did not stop");

    List<Path> runs;
    try (Stream<Path> all = Files.list(tmp.resolve("tiny"))) {
      runs = all.toList();
    }
    assertEquals(1, runs.size(), runs.toString());
    assertFalse(runs.get(0).getFileName().toString().startsWith("."), "left starting: " + runs);
    RunInfo info = RunInfo.read(new RunFolder(runs.get(0)));
    assertEquals("stopped", info.state());
    assertTrue(
        Files.exists(
            runs.get(0).resolve(String.format("checkpoints/step-%06d.ckpt", info.stepsDone()))),
        "no checkpoint at the step it stopped");
  }

  private static boolean hasPiece(Path pieceDir) throws IOException {
    if (!Files.isDirectory(pieceDir)) {
      return false;
    }
    try (Stream<Path> runs = Files.list(pieceDir)) {
      return runs.anyMatch(run -> Files.exists(run.resolve("piece.yaml")));
    }
  }

  @Test
  void aKilledTrainingResumesFromItsLastCheckpointAndFinishes(@TempDir Path tmp) throws Exception {
    Process child = train(tmp, tmp.resolve("log"));
    Path run = waitForCheckpoint(tmp, child, 9);
    child.destroyForcibly(); // kill -9: no hook runs
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));

    assertEquals(0, Main.commandLine().execute("train", "--resume", run.toString()));
    RunInfo info = RunInfo.read(new RunFolder(run));
    assertEquals("finished", info.state());
    List<String> lines = Files.readAllLines(run.resolve("metrics.jsonl"));
    assertEquals(STEPS, lines.size());
    for (int i = 0; i < STEPS; i++) {
      assertEquals(i, MetricsLog.parse(lines.get(i)).step(), "metrics line " + i);
    }
  }

  @Test
  void sigtermWritesACheckpointAndSaysHowToResume(@TempDir Path tmp) throws Exception {
    Path log = tmp.resolve("log");
    Process child = train(tmp, log);
    Path run = waitForCheckpoint(tmp, child, 6);
    new ProcessBuilder("kill", "-TERM", Long.toString(child.pid())).start().waitFor();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "training did not stop");

    String said = Files.readString(log);
    assertTrue(said.contains("stopped after step"), said);
    assertTrue(said.contains("./equilibria train --resume " + run), said);
    RunInfo info = RunInfo.read(new RunFolder(run));
    assertEquals("stopped", info.state());
    assertTrue(
        Files.exists(run.resolve(String.format("checkpoints/step-%06d.ckpt", info.stepsDone()))),
        "no checkpoint at the step it stopped");
  }
}
