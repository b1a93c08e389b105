package art.equilibria.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import art.equilibria.TestRuns;
import art.equilibria.run.RunException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a trained run whose newest checkpoint is damaged. */
class TrainedRunTest {
  @TempDir static Path renders;
  static Path run;

  @BeforeAll
  static void trainThenDamageTheNewestCheckpoint() throws Exception {
    run = TestRuns.train(renders, TestRuns.TINY).dir(); // checkpoints at steps 3 and 6
    Path newest = run.resolve("checkpoints/step-000006.ckpt");
    byte[] bytes = Files.readAllBytes(newest);
    Files.write(newest, Arrays.copyOf(bytes, bytes.length / 3));
  }

  @Test
  void latestIsTheNewestCheckpointThatReadsAndTheDamagedOneIsNamed() throws Exception {
    List<String> warnings = new ArrayList<>();
    try (TrainedRun trained =
        TrainedRun.open(run, "latest", Device.cpu(), Map.of(), warnings::add)) {
      assertEquals(3, trained.step());
    }
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("step-000006.ckpt"), warnings.get(0));
    assertFalse(warnings.get(0).contains("\n"), warnings.get(0));
  }

  @Test
  void aDamagedCheckpointAskedForByStepIsRefusedByName() {
    RunException e =
        assertThrows(
            RunException.class,
            () -> TrainedRun.open(run, "6", Device.cpu(), Map.of(), warning -> {}));
    assertTrue(e.getMessage().startsWith("--checkpoint 6: "), e.getMessage());
    assertTrue(e.getMessage().contains("step-000006.ckpt"), e.getMessage());
  }
}
