package art.equilibria.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a run folder holds besides its metrics: snapshots, checkpoints, videos and loss plots.
 *
 * @param snapshots the steps with a complete snapshot, oldest first
 * @param checkpoints checkpoint files, oldest first
 * @param videos video files under {@code videos/}, by name
 * @param plots loss plot files under {@code plots/}, by name
 */
public record RunFiles(
    List<Long> snapshots, List<Path> checkpoints, List<Path> videos, List<Path> plots) {

  public static RunFiles of(RunFolder run) throws IOException {
    return new RunFiles(
        SnapshotFiles.list(run.snapshots()).stream().map(SnapshotFiles.Snapshot::step).toList(),
        new CheckpointStore(run.checkpoints(), Integer.MAX_VALUE).list(),
        files(run.dir().resolve("videos"), ".mp4", ".mov", ".mkv", ".webm"),
        files(run.plots(), ".png"));
  }

  private static List<Path> files(Path dir, String... endings) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> all = Files.list(dir)) {
      return all.filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(f -> Stream.of(endings).anyMatch(e -> f.toString().endsWith(e)))
          .sorted()
          .toList();
    }
  }
}
