package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.ChildJvm;
import art.equilibria.run.CheckpointStore;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code equilibria sweep} as an artist runs it. */
class SweepCommandTest {
  private static final String TINY = "src/test/resources/pieces/tiny.yaml";

  @Test
  void aTwoByTwoSweepTrainsARunPerCellScoresThemAndPromotesOne(@TempDir Path tmp) throws Exception {
    Path piece = tmp.resolve("tiny.yaml");
    Files.copy(Path.of(TINY), piece);
    Path out = tmp.resolve("renders");
    Cli.Result r =
        Cli.run(
            "sweep",
            piece.toString(),
            "--vary",
            "schedule.batch=2,4",
            "--vary",
            "schedule.optimiser.lr=0.001,0.01",
            "--steps",
            "3",
            "--parallel",
            "2",
            "--out",
            out.toString(),
            "--device",
            "cpu");
    assertEquals(0, r.exit(), r.err());
    Path sweep = out.resolve("tiny/sweeps/batch-lr");
    for (String run : List.of("00-r0", "01-r0", "02-r0", "03-r0")) {
      RunInfo info = RunInfo.read(RunFolder.open(sweep.resolve(run)));
      assertEquals("finished", info.state(), run);
      assertEquals(3, info.stepsDone(), run);
    }
    String cell3 = Files.readString(sweep.resolve("03-r0/piece.yaml"));
    assertTrue(cell3.contains("  batch: 4\n"), cell3);
    assertTrue(cell3.contains("optimiser: {lr: 0.01}"), cell3);
    List<String> csv = Files.readAllLines(sweep.resolve("scores.csv"));
    assertEquals(5, csv.size(), String.join("\n", csv));
    assertTrue(csv.get(0).startsWith("rank,cell,repeat,run,schedule.batch,schedule.optimiser.lr,"));
    assertTrue(Files.size(sweep.resolve("sheet.png")) > 0);
    assertTrue(Files.readString(sweep.resolve("scores.md")).startsWith("| rank | cell |"));
    assertTrue(r.out().contains("| 1 |"), r.out());

    Cli.Result promoted = Cli.run("sweep", "--promote", sweep + ":3");
    assertEquals(0, promoted.exit(), promoted.err());
    Path written = tmp.resolve("tiny-batch-lr-3.yaml");
    assertEquals(written.toString(), promoted.out().strip());
    String text = Files.readString(written);
    assertTrue(text.contains("  batch: 4\n"), text);
    assertTrue(
        text.endsWith(
            "# promoted from sweep "
                + sweep
                + ", cell 3, which set: --vary schedule.batch=4 --vary schedule.optimiser.lr=0.01\n"),
        text);
    Cli.Result again = Cli.run("sweep", "--promote", sweep + ":3");
    assertEquals(2, again.exit());
    assertTrue(again.err().contains("exists already"), again.err());
    assertEquals(text, Files.readString(written), "never overwritten");
  }

  @Test
  void aBadVaryPathOrValueGetsOneLineNamingItBeforeAnythingTrains(@TempDir Path out) {
    for (String[] bad :
        List.of(
            new String[] {"schedule.batch=4,-1", "--vary schedule.batch=-1: "},
            new String[] {"networks.g1[0]=1,2", "--vary networks.g1[0]=1: "},
            new String[] {"schedule..batch=1,2", "--vary schedule..batch=1: "},
            new String[] {"schedule.batch", "--vary schedule.batch: "})) {
      Cli.Result r =
          Cli.run("sweep", TINY, "--vary", bad[0], "--out", out.toString(), "--device", "cpu");
      assertEquals(2, r.exit(), bad[0]);
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().startsWith(bad[1]), r.err());
    }
    assertFalse(Files.exists(out.resolve("tiny")), "nothing made for a refused sweep");
  }

  @Test
  void aSweepKilledInTheMiddleResumesToTheSameScores(@TempDir Path tmp) throws Exception {
    String[] sweep = {
      "sweep", TINY, "--vary", "schedule.batch=2,4", "--steps", "24", "--device", "cpu", "--out"
    };
    Path whole = tmp.resolve("whole");
    assertEquals(0, Cli.run(concat(sweep, whole.toString())).exit());

    Path broken = tmp.resolve("broken");
    Process child = ChildJvm.equilibria(tmp.resolve("log"), concat(sweep, broken.toString()));
    Path second = broken.resolve("tiny/sweeps/batch/01-r0");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!hasCheckpointFrom(second, 6)) {
      assertTrue(child.isAlive(), "the sweep ended before it could be killed");
      assertTrue(System.nanoTime() < deadline, "no checkpoint in the second run in 120 s");
      Thread.sleep(20);
    }
    child.destroyForcibly(); // kill -9
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    assertFalse(
        RunInfo.read(new RunFolder(second)).state().equals("finished"), "killed in the middle");

    Path first = broken.resolve("tiny/sweeps/batch/00-r0/metrics.jsonl");
    var firstWritten = Files.getLastModifiedTime(first);
    Cli.Result resumed = Cli.run(concat(sweep, broken.toString()));
    assertEquals(0, resumed.exit(), resumed.err());
    assertEquals(firstWritten, Files.getLastModifiedTime(first), "the finished run is kept");
    assertEquals(
        Files.readString(whole.resolve("tiny/sweeps/batch/scores.csv")),
        Files.readString(broken.resolve("tiny/sweeps/batch/scores.csv")));
  }

  @Test
  void aRunTheGuardStoppedIsKeptAsItEndedWhenTheSweepIsRunAgain(@TempDir Path tmp)
      throws Exception {
    // Every batch counts as collapsed, and the piece's policy stops the run at the first.
    Path piece = tmp.resolve("tiny.yaml");
    Files.writeString(
        piece, Files.readString(Path.of(TINY)) + "guard: {policy: stop, min-diversity: 1000000}\n");
    String[] sweep = {
      "sweep",
      piece.toString(),
      "--vary",
      "schedule.batch=2",
      "--steps",
      "6",
      "--device",
      "cpu",
      "--out",
      tmp.resolve("renders").toString()
    };
    Cli.Result first = Cli.run(sweep);
    assertEquals(0, first.exit(), first.err());
    Path run = tmp.resolve("renders/tiny/sweeps/batch/00-r0");
    RunInfo stopped = RunInfo.read(new RunFolder(run));
    assertEquals("stopped", stopped.state());
    assertEquals(1, stopped.stepsDone());
    assertTrue(stopped.stoppedByGuard(), "told from a Ctrl-C");
    byte[] metrics = Files.readAllBytes(run.resolve("metrics.jsonl"));
    var written = Files.getLastModifiedTime(run.resolve("metrics.jsonl"));
    Path scores = run.resolveSibling("scores.csv");
    assertTrue(Files.readString(scores).contains(",stopped-by-guard,1,"), Files.readString(scores));

    Cli.Result again = Cli.run(sweep);
    assertEquals(0, again.exit(), again.err());
    assertEquals(written, Files.getLastModifiedTime(run.resolve("metrics.jsonl")), "not retrained");
    assertArrayEquals(metrics, Files.readAllBytes(run.resolve("metrics.jsonl")));
    assertEquals(stopped, RunInfo.read(new RunFolder(run)));
    assertTrue(Files.readString(scores).contains(",stopped-by-guard,1,"), "scored with its stop");
  }

  private static boolean hasCheckpointFrom(Path run, long step) throws Exception {
    if (!Files.isDirectory(run.resolve("checkpoints"))) {
      return false;
    }
    var latest = new CheckpointStore(run.resolve("checkpoints"), 99).latest();
    return latest.isPresent() && CheckpointStore.stepOf(latest.get()) >= step;
  }

  private static String[] concat(String[] head, String last) {
    String[] all = java.util.Arrays.copyOf(head, head.length + 1);
    all[head.length] = last;
    return all;
  }
}
