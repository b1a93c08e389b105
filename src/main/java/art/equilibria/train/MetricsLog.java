package art.equilibria.train;

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

  @Override
  public void close() throws IOException {
    out.close();
  }
}
