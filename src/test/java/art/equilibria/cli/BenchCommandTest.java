package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench} on the tiny piece: its tables are filled, and no NDArray outlives a training step
 * or a rendered frame (the live count is the same at every memory sample).
 */
class BenchCommandTest {
  private static final String TINY = "src/test/resources/pieces/tiny.yaml";

  @Test
  void trainingTableHasEveryResolutionAndArraysStayFlat() {
    Cli.Result r = Cli.run("bench", TINY, "--steps", "2", "--memory", "2,6");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("libtorch float32 matrix multiply on cpu()"), r.out());
    for (int resolution : List.of(8, 16)) {
      Matcher row =
          Pattern.compile(
                  "\\| " + resolution + " \\| [0-9.]+ \\| [0-9.]+ \\| \\d+ \\| ([0-9.]+) \\|")
              .matcher(r.out());
      assertTrue(row.find(), r.out());
      assertTrue(Double.parseDouble(row.group(1)) > 0, "no FLOPs counted: " + r.out());
    }
    assertTrue(r.out().contains("| after steps |"), r.out());
    assertTrue(r.out().contains("live NDArrays +0"), r.out());
  }

  @Test
  void renderTableComparesTheThreeWaysAndArraysStayFlat(@TempDir Path renders) throws IOException {
    assertEquals(0, Cli.run("train", TINY, "--out", renders.toString()).exit());
    Path run;
    try (Stream<Path> s = Files.list(renders.resolve("tiny"))) {
      run = s.findFirst().orElseThrow();
    }
    Cli.Result r =
        Cli.run(
            "bench",
            TINY,
            "--stage",
            "8",
            "--steps",
            "1",
            "--memory",
            "1",
            "--render",
            run.toString(),
            "--size",
            "64x32",
            "--frames",
            "8",
            "--render-memory",
            "16,40");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("render " + run + ", 8 frames at 64x32, 16 px tiles"), r.out());
    assertTrue(
        r.out()
            .matches(
                "(?s).*\\| [0-9.]+ fps \\(\\d+ cpu-ms/frame\\) \\| [0-9.]+ fps \\(\\d+ cpu-ms/frame\\)"
                    + " \\| [0-9.]+ fps \\| [0-9.]+ \\| [0-9.]+ fps \\| [0-9.]+ \\|.*"),
        r.out());
    assertTrue(r.out().contains("| after frames |"), r.out());
    assertTrue(r.out().contains("live NDArrays +0"), r.out());
  }

  @Test
  void profileWritesATraceAndListsTheSlowestOperations(@TempDir Path dir) {
    Path trace = dir.resolve("trace.json");
    Cli.Result r =
        Cli.run(
            "bench",
            TINY,
            "--stage",
            "8",
            "--steps",
            "1",
            "--memory",
            "1",
            "--profile",
            trace.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.isRegularFile(trace), "no trace written");
    assertTrue(r.out().contains("| operation | self ms/step | share | calls/step |"), r.out());
    assertTrue(r.out().contains("`aten::"), r.out());
  }

  @Test
  void badNumbersAndAMissingRunAreRefusedBeforeAnyStep() {
    for (String[] args :
        List.of(
            new String[] {"--steps", "0"},
            new String[] {"--steps", "-5"},
            new String[] {"--frames", "0"},
            new String[] {"--memory", "0"})) {
      Cli.Result r = Cli.run("bench", TINY, args[0], args[1]);
      assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.err().startsWith(args[0] + " " + args[1] + ":"), r.err());
    }
    Cli.Result missing = Cli.run("bench", TINY, "--render", "/nonexistent");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("no such run folder"), missing.err());
    assertFalse(missing.out().contains("| resolution |"), "refused before the training table");
  }

  @Test
  void aStageThePieceDoesNotHaveIsRefused() {
    Cli.Result r = Cli.run("bench", TINY, "--stage", "32");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--stage 32: not a resolution of"), r.err());
  }
}
