package art.equilibria.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading metrics.jsonl while a training appends to it. */
class MetricsTailTest {
  private static String lines(long from, long to) {
    return LongStream.range(from, to)
        .mapToObj(s -> "{\"step\":" + s + ",\"seconds\":" + s * 0.5 + "}\n")
        .collect(Collectors.joining());
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(
        file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  @Test
  void aMissingFileHasNoLines(@TempDir Path dir) throws IOException {
    MetricsTail tail = new MetricsTail(dir.resolve("metrics.jsonl"));
    assertEquals(0, tail.size());
    assertNull(tail.last());
  }

  @Test
  void aLineBeingWrittenIsReadOnceItIsComplete(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("metrics.jsonl");
    append(file, lines(0, 2) + "{\"step\":2,");
    MetricsTail tail = new MetricsTail(file);
    assertEquals(2, tail.size());
    append(file, "\"seconds\":1.0}\n");
    assertEquals(3, tail.size());
    assertEquals(2, tail.last().path("step").asLong());
    assertEquals(1.0, tail.last().path("seconds").asDouble());
  }

  @Test
  void linesFromAStep(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("metrics.jsonl");
    append(file, lines(0, 5));
    MetricsTail tail = new MetricsTail(file);
    assertEquals(2, tail.from(3).size());
    assertEquals(3, tail.from(3).get(0).path("step").asLong());
    assertEquals(0, tail.from(9).size());
    assertEquals(5, tail.from(0).size());
  }

  @Test
  void fieldsItDoesNotKnowPassThrough(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("metrics.jsonl");
    append(file, "{\"step\":0,\"events\":[{\"step\":0,\"kind\":\"reset\"}]}\n");
    assertEquals("reset", new MetricsTail(file).last().path("events").get(0).path("kind").asText());
  }

  @Test
  void aReplacedFileIsReadAgain(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("metrics.jsonl");
    append(file, lines(0, 5));
    MetricsTail tail = new MetricsTail(file);
    assertEquals(5, tail.size());
    // What a resume does: the steps after the checkpoint are dropped, then trained again.
    AtomicFiles.write(file, lines(0, 2).getBytes(StandardCharsets.UTF_8));
    assertEquals(2, tail.size());
    AtomicFiles.write(file, lines(0, 3).replace("0.5", "9.5").getBytes(StandardCharsets.UTF_8));
    append(file, lines(3, 7));
    assertEquals(7, tail.size());
    assertEquals(9.5, tail.lines().get(1).path("seconds").asDouble());
  }

  @Test
  void aDamagedLineIsSkipped(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("metrics.jsonl");
    append(file, lines(0, 1) + "{\"step\":1,\"sec\n" + lines(2, 3));
    MetricsTail tail = new MetricsTail(file);
    assertEquals(2, tail.size());
    assertTrue(tail.last().path("step").asLong() == 2);
  }
}
