package art.equilibria.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void leftoversOfAKilledWriteAreRemovedWhenTheSameFileIsWrittenAgain() throws IOException {
    Path target = dir.resolve("step-000300.ckpt");
    Path ours = Files.writeString(dir.resolve(".step-000300.ckpt8812739.partial"), "torn");
    Path faststart = Files.writeString(dir.resolve(".step-000300.ckpt.faststart.partial"), "x");
    Path another = Files.writeString(dir.resolve(".step-000600.ckpt123.partial"), "other");
    Path plain = Files.writeString(dir.resolve("notes.partial"), "not hidden, not ours");

    assertEquals(2, AtomicFiles.removeLeftovers(target));
    assertFalse(Files.exists(ours));
    assertFalse(Files.exists(faststart));
    assertTrue(Files.exists(another), "another file's temporary is not this one's to remove");
    assertTrue(Files.exists(plain));
  }

  @Test
  void everyLeftoverInAFolderNoOneWritesIsRemoved() throws IOException {
    Files.writeString(dir.resolve(".step-000300.ckpt8812739.partial"), "torn");
    Files.writeString(dir.resolve(".run.json123.partial"), "torn");
    Path staging = Files.createDirectory(dir.resolve(".20261129-120000.partial"));
    Path kept = Files.writeString(dir.resolve("step-000300.ckpt"), "whole");

    assertEquals(2, AtomicFiles.removeLeftoversIn(dir));
    assertTrue(Files.exists(kept));
    assertTrue(Files.isDirectory(staging), "folders are not temporary files");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNamesTheFileAndTheRootCause() throws IOException {
    Path target = Files.writeString(dir.resolve("000100-g1.png"), "the old picture");
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      throw new IOException(
                          "I/O error writing PNG file!",
                          new IOException("No space left on device"));
                    }));
    assertTrue(e.getMessage().startsWith("cannot write " + target), e.getMessage());
    assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    assertTrue(e.getMessage().contains("MiB free there"), e.getMessage());
    assertEquals("the old picture", Files.readString(target), "the old file is untouched");
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void aWriteReplacesTheFileWhole() throws IOException {
    Path target = dir.resolve("run.json");
    AtomicFiles.write(target, out -> out.write("{\"a\":1}".getBytes()));
    AtomicFiles.write(target, out -> out.write("{\"a\":2}".getBytes()));
    assertEquals("{\"a\":2}", Files.readString(target));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }
}
