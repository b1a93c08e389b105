package art.equilibria.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The snapshot grids in a run's {@code snapshots/} folder, grouped by step. */
public final class SnapshotFiles {
  /** {@code 000050-g1.png}; temporary files start with a dot and never match. */
  public static final Pattern NAME = Pattern.compile("(\\d{6,})-([A-Za-z0-9_.-]+)\\.png");

  private static final String ENSEMBLE = "ensemble";

  private SnapshotFiles() {}

  /**
   * One step's grids.
   *
   * @param ensemble file name of the side-by-side grid
   * @param generators file name of each generator's grid, by generator name
   */
  public record Snapshot(long step, String ensemble, Map<String, String> generators) {}

  /**
   * The snapshots in {@code dir}, oldest first. A step is listed once its side-by-side grid exists:
   * it is written after the generators' grids, each atomically, so a listed step is complete.
   */
  public static List<Snapshot> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    Map<Long, Map<String, String>> byStep = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (m.matches()) {
          byStep
              .computeIfAbsent(Long.parseLong(m.group(1)), s -> new TreeMap<>())
              .put(m.group(2), m.group());
        }
      }
    }
    List<Snapshot> snapshots = new ArrayList<>();
    byStep.forEach(
        (step, names) -> {
          String ensemble = names.remove(ENSEMBLE);
          if (ensemble != null) {
            snapshots.add(new Snapshot(step, ensemble, new LinkedHashMap<>(names)));
          }
        });
    return snapshots;
  }
}
