package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code equilibria pieces}: one line per piece, whatever lies in the folder. */
class PiecesCommandTest {
  @Test
  void aDeviceAPipeAndAHugeFileAreEachOneLineAndTheRestIsListed(@TempDir Path dir)
      throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");
    Files.copy(Path.of("src/test/resources/pieces/tiny.yaml"), dir.resolve("tiny.yaml"));
    Files.createSymbolicLink(dir.resolve("a-zero.yaml"), zero);
    assertEquals(
        0, new ProcessBuilder("mkfifo", dir.resolve("b-pipe.yaml").toString()).start().waitFor());
    Files.writeString(dir.resolve("c-huge.yaml"), "title: " + "x".repeat(2 << 20));

    Cli.Result r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> Cli.run("pieces", "--dir", dir.toString()));

    assertEquals(2, r.exit(), "an invalid piece makes the listing fail: " + r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(4, lines.size(), r.out());
    assertTrue(lines.get(0).contains("a-zero.yaml: is a device or a pipe"), lines.get(0));
    assertTrue(lines.get(1).contains("b-pipe.yaml: is a device or a pipe"), lines.get(1));
    assertTrue(lines.get(2).contains("c-huge.yaml: is larger than 1 MiB"), lines.get(2));
    assertTrue(lines.get(3).startsWith(dir.resolve("tiny.yaml").toString()), lines.get(3));
    assertTrue(lines.get(3).contains("8-16 px"), lines.get(3));
  }

  @Test
  void theShippedPiecesAllPass() {
    Cli.Result r = Cli.run("pieces", "--dir", "pieces");
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().lines().count() >= 7, r.out());
  }
}
