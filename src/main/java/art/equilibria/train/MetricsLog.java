package art.equilibria.train;

import art.equilibria.metrics.StepMetrics;
import art.equilibria.run.AtomicFiles;
import art.equilibria.run.RunException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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

  /**
   * Drops the lines of steps at or after {@code step} (they will be trained again), and a torn last
   * line (a crash or a full disk midway through writing it), which is reported to {@code warnings}.
   *
   * @throws RunException naming the file and line when a line before the last is not JSON
   */
  public static void keepBefore(Path file, long step, Consumer<String> warnings)
      throws IOException, RunException {
    if (!Files.exists(file)) {
      return;
    }
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    // What follows the last newline: empty when the last line was written whole.
    boolean torn = !lines.remove(lines.size() - 1).isEmpty();
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        if (i < lines.size() - 1) {
          throw new RunException(
              file + " line " + (i + 1) + ": not a metrics line (" + e.getOriginalMessage() + ")");
        }
        torn = true;
        break;
      }
      if (node.path("step").asLong() < step) {
        kept.append(line).append('\n');
      }
    }
    if (torn) {
      warnings.accept(file + ": dropped its torn last line, left by a crash or a full disk");
    }
    AtomicFiles.write(file, kept.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
