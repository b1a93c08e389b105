package art.equilibria.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The searches of a run, read from their {@code search.json}, for {@code show}. */
public final class Searches {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a search's or an optimised path's folder may be named: safe in a path and an address. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /**
   * One search as recorded.
   *
   * @param summary its settings and its archive's figures after the last iteration, one line
   */
  public record Summary(String name, String state, String summary) {}

  private Searches() {}

  /** The searches under {@code RUN/search/}, by name; one that cannot be read says so. */
  public static List<Summary> of(Path runDir) throws IOException {
    Path dir = runDir.resolve("search");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Summary> found = new ArrayList<>();
    try (Stream<Path> folders = Files.list(dir)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        found.add(summary(folder));
      }
    }
    return found;
  }

  /** The elites' Vendi scores, and their pure diversity where the record has it. */
  private static String diversity(JsonNode d) {
    if (!d.isObject()) {
      return "";
    }
    String vendi =
        String.format(
            ", Vendi %.1f (pixels), %.1f (embeddings)",
            d.path("pixels").asDouble(), d.path("embeddings").asDouble());
    return d.has("purePixels")
        ? vendi
            + String.format(
                ", pure diversity %.3g (pixels), %.3g (embeddings)",
                d.path("purePixels").asDouble(), d.path("pureEmbeddings").asDouble())
        : vendi;
  }

  private static Summary summary(Path folder) {
    String name = folder.getFileName().toString();
    JsonNode record;
    try {
      record = JSON.readTree(folder.resolve("search.json").toFile());
    } catch (IOException e) {
      return new Summary(name, "unreadable", "search.json cannot be read");
    }
    JsonNode settings = record.path("settings");
    JsonNode history = record.path("history");
    JsonNode last = history.isEmpty() ? null : history.get(history.size() - 1);
    String figures =
        last == null
            ? "no iteration yet"
            : String.format(
                "%d iterations, %d latents, %d cells filled (%.0f%%), QD score %.0f%s",
                last.path("iteration").asInt(),
                last.path("evaluations").asLong(),
                last.path("elites").asInt(),
                100 * last.path("coverage").asDouble(),
                last.path("qdScore").asDouble(),
                diversity(record.path("diversity")));
    List<String> axes = new ArrayList<>();
    settings.path("measures").forEach(m -> axes.add(m.asText()));
    return new Summary(
        name,
        record.path("state").asText(),
        String.format(
            "%s of %s over %s, objective %s: %s",
            settings.path("algorithm").asText(),
            settings.path("generator").asText(),
            String.join(" x ", axes),
            settings.path("objective").asText(),
            figures));
  }
}
