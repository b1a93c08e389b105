package art.equilibria.sweep;

import art.equilibria.run.RunFolder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A sweep's folder, {@code renders/<piece>/sweeps/<name>/}: its record, the piece it varies, one
 * ordinary run folder per cell and repeat, and the scores as a table and a contact sheet.
 */
public record SweepFolder(Path dir) {
  /** Where a piece's sweeps are, beside its runs. */
  public static SweepFolder of(Path runs, String piece, String name) {
    return new SweepFolder(runs.resolve(piece).resolve("sweeps").resolve(name));
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
