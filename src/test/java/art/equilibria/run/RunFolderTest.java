package art.equilibria.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
  @TempDir Path renders;

  private Path staging(String run, boolean old) throws IOException {
    Path dir = Files.createDirectories(renders.resolve("tiny/." + run + ".partial"));
    Files.writeString(dir.resolve("piece.yaml"), "title: T\n");
    if (old) {
      Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minusSeconds(3600)));
    }
    return dir;
  }

  @Test
  void aStartKilledLongAgoIsClearedAndOneUnderWayIsNot() throws Exception {
    Path abandoned = staging("20261129-100000", true);
    Path fresh = staging("20261129-110000", false);
    Path held = staging("20261129-090000", true);
    try (RunLock starting = RunLock.take(new RunFolder(held), note -> {})) {
      Files.setLastModifiedTime(held, FileTime.from(Instant.now().minusSeconds(3600)));
      assertEquals(List.of(abandoned), RunFolder.clearAbandonedStarts(renders, "tiny"));
    }
    assertFalse(Files.exists(abandoned));
    assertTrue(Files.isDirectory(fresh), "a start of the last minute may not have locked yet");
    assertTrue(Files.isDirectory(held), "a start holding its lock is under way");
  }

  @Test
  void aPieceWithoutRunsHasNothingToClear() throws IOException {
    assertEquals(List.of(), RunFolder.clearAbandonedStarts(renders, "none"));
  }
}
