package art.equilibria.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run's {@code metrics.jsonl} while it grows: each call reads only the bytes appended since
 * the last one and parses complete lines only, so a line being written is never half-read. Lines
 * are kept as JSON trees, so fields this version does not know (such as {@code events}) pass
 * through. Safe to share between threads.
 */
public final class MetricsTail {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final List<JsonNode> lines = new ArrayList<>();
  private long offset;
  private Object fileKey;

  public MetricsTail(Path file) {
    this.file = file;
  }

  /** Every complete line so far, oldest first. */
  public synchronized List<JsonNode> lines() throws IOException {
    refresh();
    return List.copyOf(lines);
  }

  /** The lines whose step is at least {@code step}. */
  public synchronized List<JsonNode> from(long step) throws IOException {
    refresh();
    int i = lines.size();
    while (i > 0 && lines.get(i - 1).path("step").asLong() >= step) {
      i--;
    }
    return List.copyOf(lines.subList(i, lines.size()));
  }

  /** The number of complete lines so far. */
  public synchronized int size() throws IOException {
    refresh();
    return lines.size();
  }

  /** The newest complete line, or null before the first step. */
  public synchronized JsonNode last() throws IOException {
    refresh();
    return lines.isEmpty() ? null : lines.get(lines.size() - 1);
  }

  private void refresh() throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    long size = attributes.size();
    Object key = attributes.fileKey();
    if (size < offset || (key != null && !key.equals(fileKey))) {
      // Replaced or cut back (a resume drops the steps it trains again): read it from the start.
      lines.clear();
      offset = 0;
      fileKey = key;
    }
    if (size == offset) {
      return;
    }
    ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(size - offset));
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      channel.position(offset);
      while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
        // Read up to the size seen; bytes appended meanwhile wait for the next call.
      }
    }
    byte[] read = bytes.array();
    int start = 0;
    for (int i = 0; i < bytes.position(); i++) {
      if (read[i] == '\n') {
        parse(new String(read, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    offset += start;
  }

  private void parse(String line) {
    if (line.isBlank()) {
      return;
    }
    try {
      lines.add(JSON.readTree(line));
    } catch (IOException e) {
      // A damaged line (a crash mid-write in an older version) is skipped, not fatal to a reader.
    }
  }
}
