package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code equilibria new}: a commented copy of a piece under a new name, never over another. */
class NewCommandTest {

  @Test
  void copiesThePieceWithItsCommentsUnderItsOwnTitle(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("pieces/demo.yaml"), dir.resolve("demo.yaml"));
    Cli.Result r = Cli.run("new", "blue-hour", "--dir", dir.toString());
    assertEquals(0, r.exit(), r.err());
    String piece = Files.readString(dir.resolve("blue-hour.yaml"));
    assertTrue(piece.contains("title: \"blue-hour\""), piece);
    assertTrue(piece.contains("# Demo: a sketch"), "the comments come along");
    assertTrue(piece.startsWith("# yaml-language-server:"), "and the schema line, for editors");
    assertEquals(0, Cli.run("pieces", "--dir", dir.toString()).exit());
  }

  @Test
  void refusesAnExistingPieceABadNameAndAMissingSource(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("pieces/demo.yaml"), dir.resolve("demo.yaml"));
    String before = Files.readString(dir.resolve("demo.yaml"));

    Cli.Result exists = Cli.run("new", "demo", "--dir", dir.toString());
    assertEquals(2, exists.exit());
    assertTrue(exists.err().contains("exists"), exists.err());
    assertEquals(before, Files.readString(dir.resolve("demo.yaml")));

    Cli.Result bad = Cli.run("new", "Blue Hour", "--dir", dir.toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("lower-case"), bad.err());

    Cli.Result missing = Cli.run("new", "x", "--from", "nothing", "--dir", dir.toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("--from nothing"), missing.err());
  }
}
