package art.equilibria.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A playlist is read like a piece: its sources found beside it, mistakes told in one line. */
class PlaylistReaderTest {
  @TempDir Path dir;

  @BeforeEach
  void sources() throws Exception {
    Files.createDirectories(dir.resolve("renders/demo"));
    Files.writeString(dir.resolve("loop.mp4"), "");
  }

  @Test
  void entriesAreReadInOrderWithTheirDurationsAndCrossfades() throws Exception {
    Playlist p =
        PlaylistReader.read(
            """
            crossfade: 3
            entries:
              - source: renders/demo
                duration: 10m
              - {source: loop.mp4, duration: 90s, crossfade: 0}
            """,
            "show.yaml",
            dir);
    assertEquals(
        List.of(
            new Playlist.Entry(dir.resolve("renders/demo"), 600, 3, 3),
            new Playlist.Entry(dir.resolve("loop.mp4"), 90, 0, 5)),
        p.entries());
  }

  @Test
  void theReadmesExampleReads() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int mention = readme.indexOf("`play --playlist show.yaml`");
    int start = readme.indexOf("```yaml\n", mention) + "```yaml\n".length();
    String example = readme.substring(start, readme.indexOf("```", start)).stripIndent();
    Files.createDirectories(dir.resolve("loops"));
    Files.writeString(dir.resolve("loops/night.mp4"), "");
    Playlist p = PlaylistReader.read(example, "show.yaml", dir);
    assertEquals(List.of(600.0, 90.0), p.entries().stream().map(Playlist.Entry::seconds).toList());
    assertEquals(
        List.of(3.0, 10.0), p.entries().stream().map(Playlist.Entry::crossfadeSeconds).toList());
  }

  @Test
  void eachMistakeIsOneLineNamingFileLineAndField() {
    assertProblem(
        "entries:\n  - source: renders/demo\n    duration: soon\n",
        "show.yaml:3: entries[0].duration: 'soon' is not a duration; write seconds as a number"
            + " (90) or text with the units h, m and s (90s, 10m, 1h30m)");
    assertProblem(
        "entries:\n  - {source: renders/demo, duration: 1m}\n  - {source: gone.mp4, duration: 1m}\n",
        "show.yaml:3: entries[1].source: no such run folder or video: "
            + dir.resolve("gone.mp4")
            + "; give a run folder (renders/<piece>/<run>, or renders/<piece> for its newest run)"
            + " or a video file, relative to the playlist's folder");
    assertProblem(
        "entries:\n  - {source: loop.mp4}\n",
        "show.yaml:2: entries[0].duration: missing; give how long it plays, e.g. 10m or 90s");
    assertProblem(
        "entries:\n  - {source: loop.mp4, duration: 10s, crossfade: 10}\n",
        "show.yaml:2: entries[0].crossfade: a crossfade of 10 s does not fit in a duration of 10 s;"
            + " make the crossfade shorter than the duration");
    assertProblem(
        "entries:\n  - {source: loop.mp4, duration: 10s, fade: 1}\n",
        "show.yaml:2: entries[0].fade: unknown field 'fade'; allowed in an entry: source,"
            + " duration, crossfade");
    assertProblem(
        "entries: []\n",
        "show.yaml:1: entries: the list is empty; give at least one entry, e.g. entries:"
            + " [{source: renders/demo, duration: 10m}]");
    assertProblem(
        "- loop.mp4\n",
        "show.yaml:1: a playlist is a map of fields (entries: [{source: renders/demo, duration:"
            + " 10m}]), not a list");
  }

  private void assertProblem(String text, String message) {
    PieceException e =
        assertThrows(PieceException.class, () -> PlaylistReader.read(text, "show.yaml", dir));
    assertEquals(message, e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }
}
