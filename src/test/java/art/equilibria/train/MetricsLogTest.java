package art.equilibria.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.run.RunException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cutting metrics.jsonl back to a checkpoint on resume, whatever a crash left at its end. */
class MetricsLogTest {
  private static String lines(long from, long to) {
    return LongStream.range(from, to)
        .mapToObj(s -> "{\"step\":" + s + ",\"seconds\":" + s * 0.5 + "}\n")
        .collect(Collectors.joining());
  }

  @Test
  void keepsTheStepsBeforeTheCheckpoint(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("metrics.jsonl"), lines(0, 6));
    MetricsLog.keepBefore(file, 4, warning -> {});
    assertEquals(lines(0, 4), Files.readString(file));
  }

  /** Half a line (a full disk), a whole line without its newline, a line of zero bytes. */
  @ParameterizedTest
  @ValueSource(strings = {"{\"step\":3,\"sec", "{\"step\":3,\"seconds\":1.5}", "\0\0\0\0\n"})
  void aTornLastLineIsDropped(String torn, @TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("metrics.jsonl"), lines(0, 3) + torn);
    List<String> warnings = new ArrayList<>();
    MetricsLog.keepBefore(file, 6, warnings::add);
    assertEquals(lines(0, 3), Files.readString(file));
    assertEquals(
        List.of(file + ": dropped its torn last line, left by a crash or a full disk"), warnings);
  }

  @Test
  void aBadLineBeforeTheEndIsAnErrorNamingFileAndLine(@TempDir Path dir) throws Exception {
    String damaged = lines(0, 2) + "{\"step\":2,\"sec\n" + lines(3, 5);
    Path file = Files.writeString(dir.resolve("metrics.jsonl"), damaged);
    RunException e =
        assertThrows(RunException.class, () -> MetricsLog.keepBefore(file, 4, warning -> {}));
    assertTrue(e.getMessage().startsWith(file + " line 3: "), e.getMessage());
    assertEquals(damaged, Files.readString(file));
  }
}
