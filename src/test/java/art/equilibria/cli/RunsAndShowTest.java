package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.run.RunFolder;
import art.equilibria.run.RunLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runs} and {@code show RUN}: what is in renders/, and one run at a glance. */
class RunsAndShowTest {
  @TempDir static Path out;
  private static Path runDir;

  private static Cli.Result run(String... args) {
    return Cli.run(args);
  }

  @BeforeAll
  static void train() throws IOException {
    Cli.Result r = run("train", "src/test/resources/pieces/tiny.yaml", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    try (Stream<Path> s = Files.list(out.resolve("tiny"))) {
      runDir = s.findFirst().orElseThrow();
    }
  }

  @Test
  void runsListsPieceFolderStartStepsAndState() throws IOException {
    Path crashed = out.resolve("other/20200101-000000");
    Files.createDirectories(crashed);
    Files.writeString(
        crashed.resolve("run.json"),
        Files.readString(runDir.resolve("run.json"))
            .replace("\"finished\"", "\"running\"")
            .replace("\"piece\" : \"tiny\"", "\"piece\" : \"other\"")
            .replaceAll("\"started\" : \"[^\"]+\"", "\"started\" : \"2020-01-01T00:00:00Z\""));
    Path broken = out.resolve("other/broken");
    Files.createDirectories(broken);
    Files.writeString(broken.resolve("run.json"), "{");
    // A run still starting (see RunFolder.staging), or left so by kill -9: not a run yet.
    Path starting = new RunFolder(out.resolve("other/20200101-000001")).staging().dir();
    Files.createDirectories(starting);
    Files.copy(crashed.resolve("run.json"), starting.resolve("run.json"));

    Cli.Result r = run("runs", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("PIECE"), r.out());
    assertTrue(lines.get(0).contains("STARTED") && lines.get(0).contains("STATE"), r.out());
    String tiny = lines.stream().filter(l -> l.startsWith("tiny")).findFirst().orElseThrow();
    assertTrue(tiny.contains(runDir.toString()) && tiny.contains("6 / 6"), tiny);
    assertTrue(tiny.contains("finished"), tiny);
    // run.json says running, but no process holds the run: its training died.
    assertTrue(lines.get(2).startsWith("other") && lines.get(2).contains("crashed"), r.out());
    assertTrue(r.out().contains("unreadable run.json"), r.out());
    assertTrue(r.out().contains("crashed: its training ended without stopping in order"), r.out());
    assertFalse(r.out().contains("20200101-000001"), r.out());
  }

  @Test
  void aRunBeingTrainedShowsTheStepsOfItsMetrics(@TempDir Path tmp) throws Exception {
    Path live = Files.createDirectories(tmp.resolve("tiny/20300101-000000"));
    try (Stream<Path> files = Files.list(runDir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, live.resolve(f.getFileName().toString()));
      }
    }
    // As run.json stands between checkpoints: behind the metrics, which reach step 6.
    Files.writeString(
        live.resolve("run.json"),
        Files.readString(live.resolve("run.json"))
            .replace("\"finished\"", "\"running\"")
            .replaceAll("\"steps_done\" : \\d+", "\"steps_done\" : 3"));
    try (RunLock training = RunLock.take(new RunFolder(live), note -> {})) {
      Cli.Result r = run("runs", "--out", tmp.toString());
      assertEquals(0, r.exit(), r.err());
      String row = r.out().lines().filter(l -> l.startsWith("tiny")).findFirst().orElseThrow();
      assertTrue(row.contains("6 / 6") && row.contains("running"), row);
      assertTrue(run("show", live.toString()).out().contains("running, 6 of 6 steps"));
    }
  }

  @Test
  void aPieceFolderStandsForItsNewestRun(@TempDir Path tmp) throws IOException {
    for (String name : List.of("20000101-000000", "20300101-000000", ".20400101-000000.partial")) {
      Path run = Files.createDirectories(tmp.resolve("tiny").resolve(name));
      Files.copy(runDir.resolve("run.json"), run.resolve("run.json"));
      Files.copy(runDir.resolve("piece.yaml"), run.resolve("piece.yaml"));
    }
    Cli.Result r = run("show", tmp.resolve("tiny").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Tiny (tiny)  " + tmp.resolve("tiny/20300101-000000")), r.out());
  }

  @Test
  void runsWithoutTheFolderSaysSo(@TempDir Path empty) {
    Cli.Result r = run("runs", "--out", empty.resolve("nowhere").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no such folder of runs"), r.err());
    assertTrue(run("runs", "--out", empty.toString()).out().startsWith("no runs in"));
  }

  @Test
  void showSummarisesOneRun() {
    Cli.Result r = run("show", runDir.toString());
    assertEquals(0, r.exit(), r.err());
    String s = r.out();
    assertTrue(s.startsWith("Tiny (tiny)  " + runDir), s);
    assertTrue(s.contains("state        finished, 6 of 6 steps"), s);
    assertTrue(s.contains("seed         3, device cpu()"), s);
    assertTrue(s.contains("schedule     8 to 16 px, 2 stages of 3 steps"), s);
    assertTrue(s.contains("terms        g1  adversarial, colour-variance"), s);
    assertTrue(s.contains("g2  euclidean, colour-variance"), s);
    assertTrue(s.contains("last step    5: stage 2, 16 px"), s);
    assertTrue(
        s.lines().anyMatch(l -> l.strip().startsWith("g1  total ") && l.contains("adversarial")),
        s);
    assertTrue(
        s.lines()
            .anyMatch(
                l ->
                    l.strip().startsWith("g2  snapshot grid: ")
                        && l.contains("(pixels)")
                        && l.contains("; pure diversity ")),
        s);
    assertTrue(s.contains("snapshots    3 (steps 0 to 6)"), s);
    assertTrue(s.contains("checkpoints  2: step-000003.ckpt, step-000006.ckpt"), s);
    assertTrue(s.contains("plots        6 in plots/"), s);
    assertTrue(s.contains("videos       none"), s);
  }

  @Test
  void showNamesAFolderThatIsNotARun(@TempDir Path dir) {
    Cli.Result r = run("show", dir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("not a run folder"), r.err());
  }
}
