package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** play's mistakes are one line and exit code 2, before anything is loaded. */
class PlayCommandTest {
  @Test
  void aBadMappingFileGivesOneLineNamingFileLineAndField(@TempDir Path dir) throws Exception {
    Path controls = dir.resolve("controls.yaml");
    Files.writeString(controls, "osc:\n  port: 9000\nmidi:\n  max-speed: fast\n");
    Cli.Result r =
        Cli.run(
            "play",
            dir.resolve("no-run").toString(),
            "--headless",
            "--controls",
            controls.toString());
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertEquals(controls + ":4: midi.max-speed: expected a number, got 'fast'", r.err().strip());
  }

  @Test
  void badOpeningHoursSayHowToWriteThem(@TempDir Path dir) {
    Cli.Result r = Cli.run("play", dir.toString(), "--headless", "--hours", "10-18");
    assertEquals(2, r.exit());
    assertEquals(
        "--hours: '10-18' is not opening hours; write them as HH:MM-HH:MM, e.g. 10:00-18:00",
        r.err().strip());
  }
}
