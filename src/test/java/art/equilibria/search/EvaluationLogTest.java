package art.equilibria.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationLogTest {
  private static final Evaluation BATCH =
      new Evaluation(new double[] {1.5, 2}, new double[][] {{3, 4}, {5, 6}}, null);
  private static final Evaluation POINTS =
      new Evaluation(
          new double[] {7},
          new double[][] {{8, 9}},
          new double[][][] {{{0.1, 0.2}, {0.3, 0.4}, {0.5, 0.6}}});

  @Test
  void iterationsReadBackAsWrittenAndATornTailIsDropped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(EvaluationLog.FILE);
    try (EvaluationLog log = EvaluationLog.appendAfter(file, 0)) {
      log.append(new EvaluationLog.Entry(null, BATCH));
      log.append(new EvaluationLog.Entry(POINTS, BATCH));
    }
    long whole = Files.size(file);
    Files.write(file, new byte[] {0, 0, 0, 40, 1, 2, 3}, StandardOpenOption.APPEND);
    EvaluationLog.Read read = EvaluationLog.read(file);
    assertEquals(2, read.entries().size());
    assertEquals(whole, read.length());
    assertNull(read.entries().get(0).points());
    assertArrayEquals(BATCH.measures()[1], read.entries().get(0).batch().measures()[1]);
    assertArrayEquals(POINTS.jacobians()[0][2], read.entries().get(1).points().jacobians()[0][2]);
    assertArrayEquals(BATCH.objectives(), read.entries().get(1).batch().objectives());

    // A flipped bit fails the record's checksum: it and what follows are scored again.
    byte[] bytes = Files.readAllBytes(file);
    bytes[10] ^= 1;
    Files.write(file, bytes);
    assertEquals(0, EvaluationLog.read(file).entries().size());
    try (EvaluationLog log = EvaluationLog.appendAfter(file, 0)) {
      log.append(new EvaluationLog.Entry(null, BATCH));
    }
    assertEquals(1, EvaluationLog.read(file).entries().size());
  }
}
