package art.equilibria.piece;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a piece file's bytes: bounded, once, whatever the file is. */
class PieceFileTest {
  private static final String TOO_LARGE =
      ": is larger than 1 MiB, the most a piece file may be; a piece is a short text file, so"
          + " check that this is the piece you meant";

  @Test
  void aHugeOneLinePieceIsRefusedBeforeItIsParsed(@TempDir Path tmp) throws Exception {
    Path huge = Files.writeString(tmp.resolve("huge.yaml"), "title: " + "x".repeat(50 << 20));

    PieceException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                assertThrows(
                    PieceException.class, () -> PieceReader.read(huge, FakeTerms.CATALOGUE)));

    assertEquals(huge + TOO_LARGE, e.getMessage());
  }

  @Test
  void aDeviceThatNeverEndsIsRefusedWithoutRunningOutOfMemory() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");

    PieceException e = assertThrows(PieceException.class, () -> PieceFile.read(zero));

    assertEquals(zero + TOO_LARGE, e.getMessage());
  }

  @Test
  void aPieceOfExactlyTheLimitIsRead(@TempDir Path tmp) throws Exception {
    byte[] bytes = ("# " + "x".repeat(PieceFile.LIMIT - 3) + "\n").getBytes();
    Path file = Files.write(tmp.resolve("large.yaml"), bytes);

    assertArrayEquals(bytes, PieceFile.read(file).bytes());
  }

  @Test
  void bytesThatAreNotUtf8AreNamed(@TempDir Path tmp) throws Exception {
    Path file = Files.write(tmp.resolve("latin1.yaml"), new byte[] {'t', ':', ' ', (byte) 0xe9});

    PieceException e = assertThrows(PieceException.class, () -> PieceFile.read(file).text());

    assertEquals(file + ": is not UTF-8 text; save the piece as UTF-8", e.getMessage());
  }
}
