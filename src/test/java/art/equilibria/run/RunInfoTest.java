package art.equilibria.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run.json as runs write it, and as older versions wrote it. */
class RunInfoTest {
  /** A run.json as written before the guard's stop was recorded. */
  private static final String OLD =
      """
      {
        "piece" : "tiny",
        "title" : "Tiny",
        "source" : "tiny.yaml",
        "seed" : 3,
        "device" : "cpu()",
        "started" : "2026-11-29T19:48:19+01:00",
        "state" : "stopped",
        "steps_done" : 1,
        "total_steps" : 6,
        "version" : "dev",
        "sketch" : false,
        "piece_sha256" : "ab"
      }
      """;

  @Test
  void anOldRunJsonReadsAsBeforeWithNoGuardStop(@TempDir Path dir) throws Exception {
    RunFolder run = new RunFolder(dir);
    Files.writeString(run.info(), OLD);
    RunInfo info = RunInfo.read(run);
    assertEquals("stopped", info.state());
    assertEquals(1, info.stepsDone());
    assertNull(info.guardStop());
    assertFalse(info.stoppedByGuard(), "an old stop cannot be told from Ctrl-C's");
  }

  @Test
  void aGuardStopIsWrittenOnlyWhenThereIsOneAndEndsWithAResume(@TempDir Path dir) throws Exception {
    RunFolder run = new RunFolder(dir);
    Files.writeString(run.info(), OLD);
    RunInfo info = RunInfo.read(run);
    info.with("finished", 6).write(run);
    assertFalse(
        Files.readString(run.info()).contains("guard_stop"), "older versions can still read it");

    info.withGuardStop("step 0, g1: collapse, 1.00 different pictures in the batch").write(run);
    RunInfo stopped = RunInfo.read(run);
    assertTrue(stopped.stoppedByGuard());
    assertTrue(Files.readString(run.info()).contains("\"guard_stop\" : \"step 0, g1: collapse"));
    assertTrue(stopped.with("stopped", 1).stoppedByGuard(), "kept as the run is written again");
    assertFalse(stopped.resumed(1, 6).stoppedByGuard(), "carried on by hand: no longer stopped");
  }
}
