package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.TestRuns;
import art.equilibria.piece.Control;
import art.equilibria.run.RunFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** play's mistakes are one line and exit code 2, before anything is loaded; a playlist plays. */
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
  void aBadPlaylistGivesOneLineNamingFileLineAndField(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("renders/demo"));
    Path playlist = dir.resolve("show.yaml");
    Files.writeString(playlist, "entries:\n  - source: renders/demo\n    duration: soon\n");
    Cli.Result r = Cli.run("play", "--playlist", playlist.toString(), "--headless");
    assertEquals(2, r.exit(), r.err());
    assertEquals(
        playlist
            + ":3: entries[0].duration: 'soon' is not a duration; write seconds as a number (90)"
            + " or text with the units h, m and s (90s, 10m, 1h30m)",
        r.err().strip());
  }

  @Test
  void aPlaylistEntryThatIsNeitherARunNorAVideoIsPointedAt(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    Path playlist = dir.resolve("show.yaml");
    Files.writeString(playlist, "entries:\n  - {source: empty, duration: 10m}\n");
    Cli.Result r = Cli.run("play", "--playlist", playlist.toString(), "--headless");
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(
        r.err().startsWith(playlist + ":2: entries[0].source: " + dir.resolve("empty") + ": not a"),
        r.err());
  }

  @Test
  void aPlaylistPlaysHeadlessAndTheStatusSaysWhichEntryIsOnAndWhenTheNextIsDue(@TempDir Path dir)
      throws Exception {
    RunFolder run = TestRuns.train(dir, TestRuns.TINY);
    Path playlist = dir.resolve("show.yaml");
    Files.writeString(
        playlist,
        "entries:\n  - {source: "
            + dir.relativize(run.dir())
            + ", duration: 1h}\n  - {source: tiny, duration: 10m, crossfade: 5}\n");
    Path controls = dir.resolve("controls.yaml");
    Files.writeString(controls, "osc: {port: 0}\n");
    Path status = dir.resolve("status.json");
    Cli.Result r =
        Cli.run(
            "play",
            "--playlist",
            playlist.toString(),
            "--headless",
            "--unpaced",
            "--frames",
            "4",
            "--port",
            "-1",
            "--controls",
            controls.toString(),
            "--status",
            status.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode said = new ObjectMapper().readTree(status.toFile());
    assertEquals("1 of 2: " + run.dir().getFileName(), said.get("entry").asText());
    assertFalse(said.get("nextSwitch").isNull());
    assertEquals(4, said.get("shown").asLong());
    assertTrue(Files.exists(dir.resolve("play/logs/play-0.log")), "the log is beside the playlist");
  }

  @Test
  void theHelpNamesEveryControlsDefaultAddress() {
    String help = Cli.run("play", "--help").out().replaceAll("\\s+", " ");
    for (Control c : Control.values()) {
      assertTrue(help.contains(c.oscDefault()), c.oscDefault() + " is not in the help: " + help);
    }
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
