package art.equilibria.sweep;

import art.equilibria.run.RunFolder;
import art.equilibria.run.RunLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A sweep's folder, {@code renders/<piece>/sweeps/<name>/}: its record, the piece it varies, one
 * ordinary run folder per cell and repeat, and the scores as a table and a contact sheet.
 */
public record SweepFolder(Path dir) {
  /** What a sweep's folder may be named: a folder name, safe in a path and a page's address. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

  private static final String SWEEPS = "sweeps";

  /** Where a piece's sweeps are, beside its runs. */
  public static SweepFolder of(Path runs, String piece, String name) {
    return new SweepFolder(runs.resolve(piece).resolve(SWEEPS).resolve(name));
  }

  /** The sweeps in a folder of sweeps ({@code renders/<piece>/sweeps/}), by name. */
  public static List<SweepFolder> in(Path sweeps) throws IOException {
    if (!Files.isDirectory(sweeps)) {
      return List.of();
    }
    try (Stream<Path> found = Files.list(sweeps)) {
      return found
          .filter(d -> NAME.matcher(d.getFileName().toString()).matches())
          .map(SweepFolder::new)
          .filter(SweepFolder::exists)
          .sorted(Comparator.comparing(SweepFolder::dir))
          .toList();
    }
  }

  /**
   * Where the sweeps of a run's piece are: {@code renders/<piece>/sweeps/} for {@code
   * renders/<piece>/<run>}, and the folder holding its sweep for a sweep's run.
   */
  public static Path sweepsOf(RunFolder run) {
    Path parent = run.dir().toAbsolutePath().normalize().getParent();
    return new SweepFolder(parent).exists() ? parent.getParent() : parent.resolve(SWEEPS);
  }

  public String name() {
    return dir.getFileName().toString();
  }

  /** Whether a sweeping process is working on it now (it holds the sweep's lock). */
  public boolean running() throws IOException {
    return RunLock.isHeld(lockFolder());
  }

  public boolean exists() {
    return Files.exists(record());
  }

  public Path record() {
    return dir.resolve("sweep.json");
  }

  /**
   * The piece as it was read when the sweep began, under its own name (which its runs record);
   * every cell sets its fields in this.
   */
  public Path piece(String pieceName) {
    return dir.resolve(pieceName + ".yaml");
  }

  public RunFolder run(Grid grid, int run) {
    return new RunFolder(dir.resolve(grid.runName(run)));
  }

  /** The contact sheet an artist chooses from. */
  public Path sheet() {
    return dir.resolve("sheet.png");
  }

  public Path csv() {
    return dir.resolve("scores.csv");
  }

  public Path markdown() {
    return dir.resolve("scores.md");
  }

  /** The sweep's folder as a run folder, to hold its lock (one sweeping process at a time). */
  RunFolder lockFolder() {
    return new RunFolder(dir);
  }
}
