package art.equilibria.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per run folder: a second is refused, a lock left by a dead process is taken over. */
class RunLockTest {
  private final List<String> notes = new ArrayList<>();

  @Test
  void aSecondWriterIsRefusedWithTheHoldersProcessAndHost(@TempDir Path dir) throws Exception {
    RunFolder run = new RunFolder(dir);
    try (RunLock held = RunLock.take(run, notes::add)) {
      RunException e = assertThrows(RunException.class, () -> RunLock.take(run, notes::add));

      assertEquals(
          dir
              + ": another training is writing this run ("
              + RunLock.Holder.self()
              + "); wait for it to end or stop it, then train --resume",
          e.getMessage());
    }
    assertEquals(List.of(), notes);
  }

  @Test
  void aLockHeldThroughAnotherChannelIsRefusedToo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(RunLock.FILE);
    try (FileChannel other =
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = other.lock()) {
      RunException e =
          assertThrows(RunException.class, () -> RunLock.take(new RunFolder(dir), notes::add));

      assertTrue(e.getMessage().contains("another training is writing this run"), e.getMessage());
    }
  }

  @Test
  void aLockFileLeftByAProcessThatEndedIsTakenOverAndSaidSo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(RunLock.FILE), "{\"pid\":999999999,\"host\":\"studio\"}");

    try (RunLock taken = RunLock.take(new RunFolder(dir), notes::add)) {
      assertEquals(
          List.of(
              "taking over "
                  + dir
                  + " from process 999999999 on studio, which ended without releasing it"),
          notes);
      assertTrue(
          Files.readString(dir.resolve(RunLock.FILE))
              .contains("\"pid\":" + ProcessHandle.current().pid()));
    }
  }

  @Test
  void aLockReleasedInOrderIsTakenAgainSilently(@TempDir Path dir) throws Exception {
    RunFolder run = new RunFolder(dir);
    RunLock.take(run, notes::add).close();

    try (RunLock again = RunLock.take(run, notes::add)) {
      assertEquals(List.of(), notes);
    }
    assertEquals(0, Files.size(dir.resolve(RunLock.FILE)));
  }
}
