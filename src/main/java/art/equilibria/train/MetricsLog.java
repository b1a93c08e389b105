package art.equilibria.train;

import art.equilibria.run.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends one JSON line per step to {@code metrics.jsonl}, flushed so a crash loses no line. */
public final class MetricsLog implements AutoCloseable {
  static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private final BufferedWriter out;

  public MetricsLog(Path file) throws IOException {
    this.out =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  public void append(StepMetrics metrics) throws IOException {
    out.write(JSON.writeValueAsString(metrics));
    out.newLine();
    out.flush();
  }

  public static StepMetrics parse(String line) throws IOException {
    return JSON.readValue(line, StepMetrics.class);
  }

  /** Drops the lines of steps at or after {@code step} (they will be trained again). */
  public static void keepBefore(Path file, long step) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    StringBuilder kept = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && JSON.readTree(line).path("step").asLong() < step) {
        kept.append(line).append('\n');
      }
    }
    AtomicFiles.write(file, kept.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
