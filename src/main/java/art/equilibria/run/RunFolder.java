package art.equilibria.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run's folder, {@code renders/<piece>/<run>/}: the frozen piece, metrics, snapshots, checkpoints
 * and the videos rendered from it.
 */
public record RunFolder(Path dir) {
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

  /**
   * Names a new run folder under {@code base/<piece>/}, unique among runs and runs being started,
   * and makes its {@link #staging()} folder; the run folder itself appears when its training has
   * begun.
   */
  public static RunFolder create(Path base, String pieceName) throws IOException, RunException {
    Path pieceDir = base.resolve(pieceName);
    try {
      Files.createDirectories(pieceDir);
    } catch (java.nio.file.FileSystemException e) {
      throw new RunException(
          "cannot create the run folder "
              + pieceDir
              + " ("
              + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName())
              + (Files.isRegularFile(base) ? ": " + base + " is a file" : "")
              + "); choose another --out folder");
    }
    String stamp = LocalDateTime.now().format(NAME);
    for (int i = 0; ; i++) {
      RunFolder run = new RunFolder(pieceDir.resolve(i == 0 ? stamp : stamp + "-" + i));
      if (Files.exists(run.dir())) {
        continue;
      }
      try {
        Files.createDirectory(run.staging().dir());
        return run;
      } catch (java.nio.file.FileAlreadyExistsException taken) {
        // Two runs in the same second: take the next suffix.
      }
    }
  }

  /**
   * Removes the staging folders of starts killed before their run appeared ({@code kill -9} in its
   * first seconds): those no process holds the lock of, and untouched for a minute, so a start
   * still between naming its folder and locking it is left alone.
   *
   * @return the folders removed
   */
  public static List<Path> clearAbandonedStarts(Path base, String pieceName) throws IOException {
    Path pieceDir = base.resolve(pieceName);
    if (!Files.isDirectory(pieceDir)) {
      return List.of();
    }
    List<Path> cleared = new ArrayList<>();
    long before = System.currentTimeMillis() - ABANDONED_AFTER.toMillis();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(pieceDir, ".*.partial")) {
      for (Path dir : dirs) {
        if (!Files.isDirectory(dir) || Files.getLastModifiedTime(dir).toMillis() > before) {
          continue;
        }
        RunFolder staging = new RunFolder(dir);
        try (RunLock unused = RunLock.take(staging, note -> {})) {
          // Taken: no process is starting this run.
        } catch (RunException held) {
          continue;
        }
        staging.discard();
        cleared.add(dir);
      }
    }
    return cleared;
  }

  /**
   * Where a new run is written until it can be resumed (piece, run.json, the first checkpoint): a
   * hidden folder beside it, which {@code runs} passes over.
   */
  public RunFolder staging() {
    return new RunFolder(dir.resolveSibling("." + dir.getFileName() + ".partial"));
  }

  /** Moves a complete staging folder into place, in one rename. */
  public void moveFrom(RunFolder staging) throws IOException {
    Files.move(staging.dir(), dir, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Deletes this folder and everything in it (a staging folder whose run never began). */
  public void discard() throws IOException {
    AtomicFiles.deleteTree(dir);
  }

  /** The folder of runs {@code latest} looks in. */
  public static final Path RUNS = Path.of("renders");

  /**
   * An existing run folder, checked to be one. Besides a run's own folder, {@code renders/<piece>}
   * stands for that piece's newest run and {@code latest} for the newest run of all, as the
   * StyleGAN tools let a network be named by its newest snapshot.
   *
   * @throws RunException naming the folder when it is missing or not a run
   */
  public static RunFolder open(Path dir) throws RunException {
    if (dir.toString().equals("latest") && !Files.exists(dir)) {
      dir = newest(RUNS, 2).orElseThrow(() -> new RunException("latest: no runs in " + RUNS));
    } else if (Files.isDirectory(dir) && !Files.exists(dir.resolve("run.json"))) {
      dir = newest(dir, 1).orElse(dir);
    }
    RunFolder folder = new RunFolder(dir);
    if (!Files.isDirectory(dir)) {
      throw new RunException(dir + ": no such run folder; runs are in renders/<piece>/<run>/");
    }
    if (!Files.exists(folder.piece()) || !Files.exists(folder.info())) {
      throw new RunException(
          dir + ": not a run folder (no piece.yaml and run.json); pass renders/<piece>/<run>");
    }
    return folder;
  }

  /**
   * The run folders at most {@code levels} folders below {@code base} (1: a piece's runs, 2: every
   * piece's): those holding a run.json, less the hidden staging folders of runs still starting.
   */
  public static List<Path> all(Path base, int levels) throws IOException {
    try (Stream<Path> found =
        Files.find(
            base,
            levels + 1,
            (p, a) ->
                p.getFileName().toString().equals("run.json")
                    && !p.getParent().getFileName().toString().startsWith("."))) {
      return found.map(Path::getParent).toList();
    }
  }

  /** The newest run {@link #all} finds, by start time, which run folders are named after. */
  private static java.util.Optional<Path> newest(Path base, int levels) {
    if (!Files.isDirectory(base)) {
      return java.util.Optional.empty();
    }
    try {
      return all(base, levels).stream()
          .max(Comparator.comparing((Path p) -> p.getFileName().toString()));
    } catch (IOException | java.io.UncheckedIOException unreadable) {
      return java.util.Optional.empty();
    }
  }

  /** The piece's name: its file name without the extension. */
  public static String pieceName(Path pieceFile) {
    String file = pieceFile.getFileName() == null ? "" : pieceFile.getFileName().toString();
    int dot = file.lastIndexOf('.');
    String name = dot > 0 ? file.substring(0, dot) : file;
    // Leading dots would make a hidden folder, or '..' one outside the runs folder.
    String visible = name.replaceFirst("^\\.+", "");
    return visible.isEmpty() ? "piece" : visible;
  }

  public Path piece() {
    return dir.resolve("piece.yaml");
  }

  public Path info() {
    return dir.resolve("run.json");
  }

  public Path metrics() {
    return dir.resolve("metrics.jsonl");
  }

  public Path snapshots() {
    return dir.resolve("snapshots");
  }

  public Path checkpoints() {
    return dir.resolve("checkpoints");
  }

  /** Loss plots as PNG, rewritten at every snapshot. */
  public Path plots() {
    return dir.resolve("plots");
  }
}
