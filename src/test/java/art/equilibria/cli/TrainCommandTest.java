package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import art.equilibria.piece.Sketch;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.run.RunLock;
import art.equilibria.sampling.TrainedRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code equilibria train} as an artist runs it. */
class TrainCommandTest {
  private static final String TINY = "src/test/resources/pieces/tiny.yaml";

  private static Cli.Result run(String... args) {
    return Cli.run(args);
  }

  @Test
  void trainsATinyPieceIntoARunFolder(@TempDir Path out) throws IOException {
    Cli.Result r = run("train", TINY, "--out", out.toString(), "--device", "cpu");
    assertEquals(0, r.exit(), r.err());
    List<Path> runs = list(out.resolve("tiny"));
    assertEquals(1, runs.size());
    Path run = runs.get(0);
    assertEquals(6, Files.readAllLines(run.resolve("metrics.jsonl")).size());
    assertTrue(Files.exists(run.resolve("snapshots/000006-ensemble.png")));
    assertTrue(Files.exists(run.resolve("checkpoints/step-000006.ckpt")));
    assertEquals(Files.readString(Path.of(TINY)), Files.readString(run.resolve("piece.yaml")));
  }

  @Test
  void stepsAndSeedOverrideThePiece(@TempDir Path out) throws IOException {
    Cli.Result r = run("train", TINY, "--out", out.toString(), "--steps", "2", "--seed", "11");
    assertEquals(0, r.exit(), r.err());
    Path run = list(out.resolve("tiny")).get(0);
    assertEquals(2, Files.readAllLines(run.resolve("metrics.jsonl")).size());
    assertTrue(Files.readString(run.resolve("run.json")).contains("\"seed\" : 11"));
  }

  @Test
  void setFieldsAreTrainedAndFrozenWithTheRun(@TempDir Path out) throws IOException {
    Cli.Result r =
        run(
            "train",
            TINY,
            "--out",
            out.toString(),
            "--steps",
            "1",
            "--set",
            "schedule.batch=2",
            "--set",
            "guard.policy=stop");
    assertEquals(0, r.exit(), r.err());
    Path run = list(out.resolve("tiny")).get(0);
    String frozen = Files.readString(run.resolve("piece.yaml"));
    assertTrue(frozen.contains("  batch: 2\n"), frozen);
    assertTrue(
        frozen.endsWith(
            "# set on the command line: --set schedule.batch=2 --set guard.policy=stop\n"),
        frozen);
    Cli.Result refused = run("train", "--resume", run.toString(), "--set", "schedule.batch=4");
    assertEquals(2, refused.exit());
    assertTrue(refused.err().startsWith("--set: a resumed run keeps the piece"), refused.err());
  }

  @Test
  void aBadSetValueGetsOneLineNamingItAndNoRun(@TempDir Path out) {
    Cli.Result r = run("train", TINY, "--out", out.toString(), "--set", "schedule.batch=-1");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("--set schedule.batch=-1: "), r.err());
    assertFalse(Files.exists(out.resolve("tiny")), "no run folder for a refused setting");
  }

  @Test
  void aBrokenPieceGetsOneLineAndExitCodeTwo(@TempDir Path out) {
    Cli.Result r =
        run("train", "src/test/resources/pieces/broken/unknown-term.yaml", "--out", out.toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("unknown-term.yaml:9: terms.g1[0].term: unknown term 'cosin'"));
    assertFalse(Files.exists(out.resolve("unknown-term")), "no run folder for a broken piece");
  }

  @Test
  void aMissingPieceFileIsNamed(@TempDir Path out) {
    Cli.Result r = run("train", "pieces/nowhere.yaml", "--out", out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("pieces/nowhere.yaml"), r.err());
  }

  @Test
  void aDeviceThatNeverEndsIsRefusedInOneLine(@TempDir Path out) {
    Cli.Result r = run("train", "/dev/zero", "--out", out.toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("/dev/zero: is larger than 1 MiB"), r.err());
    assertFalse(Files.exists(out.resolve("zero")), "no run folder");
  }

  @Test
  void aPieceFromAPipeIsFrozenAsItWasRead(@TempDir Path tmp) throws Exception {
    Path pipe = tmp.resolve("piped.yaml");
    assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
    byte[] piece = Files.readAllBytes(Path.of(TINY));
    AtomicBoolean done = new AtomicBoolean();
    // Like a shell pipe: the piece once, then nothing for anyone who opens it again.
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.write(pipe, piece);
                while (!done.get()) {
                  Files.write(pipe, new byte[0]);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    writer.setDaemon(true);
    writer.start();
    Path out = tmp.resolve("renders");

    Cli.Result r = run("train", pipe.toString(), "--out", out.toString(), "--steps", "1");

    done.set(true);
    Files.readAllBytes(pipe); // lets the writer see that it is done
    assertEquals(0, r.exit(), r.err());
    Path run = list(out.resolve("piped")).get(0);
    assertArrayEquals(piece, Files.readAllBytes(run.resolve("piece.yaml")));
    assertEquals(0, run("train", "--resume", run.toString(), "--steps", "2").exit());
  }

  @Test
  void resumingARunThatIsTrainingIsRefusedInOneLine(@TempDir Path out) throws Exception {
    assertEquals(0, run("train", TINY, "--out", out.toString(), "--steps", "1").exit());
    Path dir = list(out.resolve("tiny")).get(0);

    Cli.Result r;
    try (RunLock training = RunLock.take(new RunFolder(dir), note -> {})) {
      r = run("train", "--resume", dir.toString(), "--steps", "2");
    }

    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith(dir + ": another training is writing this run"), r.err());
    assertEquals(1, Files.readAllLines(dir.resolve("metrics.jsonl")).size());
  }

  @Test
  void anEditedFrozenPieceIsResumedOnlyWhenAccepted(@TempDir Path out) throws Exception {
    assertEquals(0, run("train", TINY, "--out", out.toString(), "--steps", "1").exit());
    Path dir = list(out.resolve("tiny")).get(0);
    Path frozen = dir.resolve("piece.yaml");
    Files.writeString(frozen, Files.readString(frozen).replace("batch: 4", "batch: 2"));

    Cli.Result refused = run("train", "--resume", dir.toString(), "--steps", "2");
    assertEquals(2, refused.exit());
    assertEquals(1, refused.err().strip().lines().count(), refused.err());
    assertTrue(refused.err().startsWith(frozen + ": edited since the run began"), refused.err());
    assertTrue(refused.err().contains("--accept-edited-piece"), refused.err());
    assertEquals(1, Files.readAllLines(dir.resolve("metrics.jsonl")).size());

    Cli.Result accepted =
        run("train", "--resume", dir.toString(), "--steps", "2", "--accept-edited-piece");
    assertEquals(0, accepted.exit(), accepted.err());
    assertEquals(2, Files.readAllLines(dir.resolve("metrics.jsonl")).size());
    // Accepted once: the edited piece is the run's piece from now on.
    assertEquals(0, run("train", "--resume", dir.toString(), "--steps", "3").exit());
  }

  @Test
  void aRunFromBeforeDigestsResumesAsBefore(@TempDir Path out) throws Exception {
    assertEquals(0, run("train", TINY, "--out", out.toString(), "--steps", "1").exit());
    Path dir = list(out.resolve("tiny")).get(0);
    Path info = dir.resolve("run.json");
    String recorded = Files.readString(info);
    assertTrue(recorded.contains("\"piece_sha256\""), recorded);
    Files.writeString(info, recorded.replaceAll(",\\s*\"piece_sha256\" : \"\\w+\"", ""));
    assertFalse(Files.readString(info).contains("piece_sha256"));
    Path frozen = dir.resolve("piece.yaml");
    Files.writeString(frozen, Files.readString(frozen) + "# edited by hand\n");

    Cli.Result r = run("train", "--resume", dir.toString(), "--steps", "2");

    assertEquals(0, r.exit(), r.err());
    assertEquals(2, Files.readAllLines(dir.resolve("metrics.jsonl")).size());
  }

  @Test
  void anUnknownDeviceListsTheChoices() {
    Cli.Result r = run("train", TINY, "--device", "tpu");
    assertEquals(2, r.exit());
    assertTrue(
        r.err().contains("cpu, gpu, mps, auto") || r.err().contains("CPU, GPU, MPS, AUTO"),
        r.err());
  }

  @Test
  void makeChecksItsRenderOptionsBeforeTraining(@TempDir Path out) throws IOException {
    Cli.Result r = run("make", TINY, "--out", out.toString(), "--size", "16384x16384");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("--size: width 16384 is out of range"), r.err());
    try (Stream<Path> made = Files.list(out)) {
      assertEquals(0, made.count(), "nothing trained");
    }
  }

  @Test
  void anEmptyOutputFolderIsRefused() {
    Cli.Result r = run("train", TINY, "--out", "");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("--out: empty"), r.err());
  }

  @Test
  void aPieceNamedWithDotsStaysInsideTheRunsFolder(@TempDir Path tmp) throws IOException {
    Path dots = Files.copy(Path.of(TINY), tmp.resolve("...yaml"));
    Path out = Files.createDirectory(tmp.resolve("renders"));
    Cli.Result r = run("train", dots.toString(), "--out", out.toString(), "--steps", "1");
    assertEquals(0, r.exit(), r.err());
    try (Stream<Path> made = Files.list(out)) {
      assertEquals(List.of(out.resolve("piece")), made.toList());
    }
  }

  /** A run of the tiny piece trained for {@code steps} steps into {@code out}. */
  private static Path trainedRun(Path out, int steps) throws IOException {
    assertEquals(0, run("train", TINY, "--out", out.toString(), "--steps", "" + steps).exit());
    try (Stream<Path> s = Files.list(out.resolve("tiny"))) {
      return s.findFirst().orElseThrow();
    }
  }

  @Test
  void anEmptyRunRecordIsNamed(@TempDir Path out) throws IOException {
    Path runDir = trainedRun(out, 1);
    Files.writeString(runDir.resolve("run.json"), "");
    Cli.Result r = run("train", "--resume", runDir.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith(runDir.resolve("run.json") + " is empty or damaged"), r.err());
  }

  @Test
  void aResumeToFewerStepsThanDoneIsRefused(@TempDir Path out) throws Exception {
    Path runDir = trainedRun(out, 4);
    Cli.Result r = run("train", "--resume", runDir.toString(), "--steps", "3");
    assertEquals(2, r.exit(), r.err());
    assertEquals(
        "--steps 3: the run has done 4 steps already; give more to continue it, or leave --steps"
            + " out",
        r.err().strip());
    assertEquals(4, RunInfo.read(RunFolder.open(runDir)).totalSteps(), "the record is untouched");
  }

  @Test
  void aResumeClearsWhatAKilledWriteLeft(@TempDir Path out) throws IOException {
    Path runDir = trainedRun(out, 2);
    Path torn = Files.writeString(runDir.resolve("checkpoints/.step-000003.ckpt42.partial"), "x");
    Cli.Result r = run("train", "--resume", runDir.toString(), "--steps", "3");
    assertEquals(0, r.exit(), r.err());
    assertFalse(Files.exists(torn));
  }

  @Test
  void makeResumesARunAndRendersIt(@TempDir Path out) throws Exception {
    Path runDir = trainedRun(out, 2);
    Cli.Result r =
        run(
            "make",
            "--resume",
            runDir.toString(),
            "--steps",
            "6",
            "--duration",
            "1s",
            "--size",
            "64x64");
    assertEquals(0, r.exit(), r.err());
    assertEquals(6, RunInfo.read(RunFolder.open(runDir)).stepsDone(), "trained to its end");
    try (Stream<Path> videos = Files.list(runDir.resolve("videos"))) {
      assertTrue(videos.anyMatch(v -> v.toString().endsWith(".mp4")), "and rendered");
    }
    Cli.Result neither = run("make");
    assertEquals(2, neither.exit());
    assertTrue(neither.err().startsWith("give either a piece to train"), neither.err());
  }

  @Test
  void aNumberOutOfRangeSaysTheRange() {
    Cli.Result r = run("train", TINY, "--seed", "99999999999999999999");
    assertEquals(2, r.exit());
    assertTrue(
        r.err()
            .contains(
                "'99999999999999999999' is not a whole number from -9223372036854775808 to"
                    + " 9223372036854775807"),
        r.err());
  }

  @Test
  void anOutputFolderThatIsAFileIsNamed(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Cli.Result r = run("train", TINY, "--out", file.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains(file + " is a file"), r.err());
    assertTrue(r.err().contains("choose another --out folder"), r.err());
  }

  @Test
  void resumingSomethingThatIsNotARunIsNamed(@TempDir Path tmp) {
    Cli.Result r = run("train", "--resume", tmp.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("not a run folder"), r.err());
  }

  @Test
  void aPieceTooLargeForMemoryIsRefusedBeforeAnythingIsAllocated(@TempDir Path out) {
    String file = "src/test/resources/pieces/too-large-for-memory.yaml";
    Cli.Result r = run("train", file, "--out", out.toString(), "--device", "cpu");
    assertEquals(2, r.exit());
    assertTrue(
        r.err()
            .startsWith(file + ":13: schedule.final-resolution: training this piece needs about"),
        r.err());
    assertTrue(
        r.err().contains("more than the") && r.err().contains("of memory on cpu()"), r.err());
    assertFalse(Files.exists(out.resolve("too-large-for-memory")), "no run folder");
  }

  @Test
  void aSketchOfASeriesOnePieceTrainsOnTheCpuAndIsReadBackAsOne(@TempDir Path out)
      throws Exception {
    String piece = "pieces/series1-cosine-adversarial.yaml";
    Cli.Result r =
        run("train", piece, "--sketch", "--steps", "2", "--out", out.toString(), "--device", "cpu");
    assertEquals(0, r.exit(), r.err());
    Path run = list(out.resolve("series1-cosine-adversarial")).get(0);
    assertTrue(RunInfo.read(new RunFolder(run)).sketch());
    assertEquals(2, Files.readAllLines(run.resolve("metrics.jsonl")).size());
    // The frozen piece is the file as written; reading the run gives the sketch back.
    assertEquals(Files.readString(Path.of(piece)), Files.readString(run.resolve("piece.yaml")));
    try (TrainedRun trained =
        TrainedRun.open(run, "latest", Device.cpu(), Map.of(), warning -> {})) {
      assertEquals(8, trained.growth().resolution());
      assertEquals(128, trained.piece().schedule().finalResolution());
      assertEquals(Sketch.MAX_DURATION, trained.piece().render().durationSeconds());
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }
}
