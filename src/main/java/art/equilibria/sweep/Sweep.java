package art.equilibria.sweep;

import art.equilibria.cluster.Cluster;
import art.equilibria.image.Images;
import art.equilibria.loss.LossTerms;
import art.equilibria.piece.PieceException;
import art.equilibria.piece.PieceFile;
import art.equilibria.piece.PieceReader;
import art.equilibria.piece.PieceSettings;
import art.equilibria.run.AtomicFiles;
import art.equilibria.run.RunException;
import art.equilibria.run.RunLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * A sweep over a piece's settings: its runs trained on a {@link Cluster}, each scored, and the
 * scores written as a table and a contact sheet. Begun once; the same sweep asked for again carries
 * on where it stopped (finished runs are kept, a stopped one resumes from its checkpoint).
 */
public final class Sweep {
  private Sweep() {}

  /**
   * Freezes the piece and writes {@code sweep.json} for a new sweep, or checks that an existing one
   * is the same sweep.
   *
   * @return whether the sweep was already there (carried on)
   * @throws RunException naming the folder when another sweep is there
   */
  public static boolean begin(SweepFolder folder, PieceFile piece, SweepRecord record)
      throws IOException, RunException {
    if (folder.exists()) {
      SweepRecord before = SweepRecord.read(folder);
      if (!before.sameSweepAs(record)) {
        throw new RunException(
            folder.dir()
                + ": another sweep is there (other values, steps, repeats, sketch or an edited"
                + " piece); give another --name, or ask for the same to carry it on");
      }
      return true;
    }
    Files.createDirectories(folder.dir());
    AtomicFiles.write(folder.piece(record.piece()), piece.bytes());
    record.write(folder);
    return false;
  }

  /**
   * Trains and scores every run not yet finished, with the sweep folder locked against a second
   * sweeping process. The table and the contact sheet are written again as each run is scored, so
   * they (and the watch page) show the cells done so far while the others train.
   *
   * @param finished told the number of each run as it ends
   */
  public static List<Ranking.Cell> run(
      SweepFolder folder, Cluster cluster, IntConsumer finished, Consumer<String> notes)
      throws Exception {
    SweepRecord record = SweepRecord.read(folder);
    Grid grid = record.grid();
    RunScores[] scored = new RunScores[grid.runs()];
    List<RunScores> scores;
    try (RunLock lock = RunLock.take(folder.lockFolder(), notes)) {
      scores =
          cluster.run(
              grid.runs(),
              new CellTask(folder),
              (run, score) -> {
                scored[run] = score;
                write(folder, grid, Arrays.asList(scored));
                finished.accept(run);
              });
    }
    // The last run told wrote the whole table.
    return Ranking.of(grid, scores);
  }

  /**
   * Writes the table (CSV and Markdown) and the contact sheet of the runs scored so far, each file
   * atomically: a page or an artist reading them never sees half of one.
   *
   * @param scores by run number, null where a run is not scored yet
   */
  public static void write(SweepFolder folder, Grid grid, List<RunScores> scores)
      throws IOException {
    List<Ranking.Cell> ranking = Ranking.of(grid, scores);
    AtomicFiles.write(folder.csv(), SweepTable.csv(grid, ranking).getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(
        folder.markdown(), SweepTable.markdown(grid, ranking).getBytes(StandardCharsets.UTF_8));
    Images.writePng(
        SweepSheet.of(grid, ranking, run -> folder.run(grid, run).dir()), folder.sheet());
  }

  /**
   * Writes a piece file with a cell's values beside the sweep's piece, never over an existing file:
   * {@code pieces/demo-batch-lr-3.yaml} for cell 3 of sweep {@code batch-lr} of {@code
   * pieces/demo.yaml}.
   *
   * @return the file written
   * @throws RunException naming the cell or the file when there is no such cell or the file exists
   */
  public static Path promote(SweepFolder folder, int cell) throws IOException, RunException {
    SweepRecord record = SweepRecord.read(folder);
    Grid grid = record.grid();
    String given = folder.dir() + ":" + cell;
    if (cell < 0 || cell >= grid.cells()) {
      throw new RunException(
          "--promote "
              + given
              + ": the sweep has cells 0 to "
              + (grid.cells() - 1)
              + "; scores.md lists them");
    }
    Path source = Path.of(record.source());
    Path target =
        (source.getParent() == null ? Path.of(".") : source.getParent())
            .resolve(record.piece() + "-" + folder.dir().getFileName() + "-" + cell + ".yaml");
    if (Files.exists(target)) {
      throw new RunException(
          "--promote " + given + ": " + target + " exists already; move it away, or edit it");
    }
    try {
      PieceFile base = PieceFile.read(folder.piece(record.piece()));
      PieceSettings.Applied set =
          PieceSettings.parse(grid.settings(cell), Axis.OPTION)
              .applyTo(
                  base, "promoted from sweep " + folder.dir() + ", cell " + cell + ", which set");
      PieceReader.read(set.file(), LossTerms.installed(), java.util.Map.of());
      AtomicFiles.write(target, set.file().bytes());
    } catch (PieceException e) {
      throw new RunException("--promote " + given + ": " + e.getMessage());
    }
    return target;
  }
}
