package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep --master local[2]}: each run a Spark task, scored as the local runner scores it. */
class SweepOnSparkTest {
  private static final String TINY = "src/test/resources/pieces/tiny.yaml";

  private static Path sweep(Path out, String... where) throws Exception {
    String[] head = {
      "sweep",
      TINY,
      "--vary",
      "schedule.batch=2,4",
      "--steps",
      "4",
      "--device",
      "cpu",
      "--out",
      out.toString()
    };
    String[] all = java.util.Arrays.copyOf(head, head.length + where.length);
    System.arraycopy(where, 0, all, head.length, where.length);
    Cli.Result r = Cli.run(all);
    assertEquals(0, r.exit(), r.err());
    return out.resolve("tiny/sweeps/batch/scores.csv");
  }

  @Test
  void aSweepOnSparkScoresItsRunsAsTheLocalRunnerDoes(@TempDir Path tmp) throws Exception {
    // Two at once both ways, so every run trains with the same share of threads.
    Path local = sweep(tmp.resolve("local"), "--parallel", "2");
    Path spark = sweep(tmp.resolve("spark"), "--master", "local[2]");
    assertEquals(Files.readString(local), Files.readString(spark));
  }
}
