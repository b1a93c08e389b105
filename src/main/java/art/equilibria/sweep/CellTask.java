package art.equilibria.sweep;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import art.equilibria.cluster.Slot;
import art.equilibria.cluster.Task;
import art.equilibria.loss.LossTerms;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceFile;
import art.equilibria.run.FrozenPiece;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.train.TrainingListener;
import art.equilibria.train.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Trains one run of a sweep and scores it. It works from the sweep folder alone (a path every
 * worker of a cluster sees): a finished run is only scored again, a stopped or crashed one carries
 * on from its newest checkpoint, and a missing one is trained from the cell's piece.
 */
final class CellTask implements Task<RunScores> {
  private static final long serialVersionUID = 1L;

  /** The sweep folder, as a string: a {@link Path} is not serialisable. */
  private final String sweep;

  CellTask(SweepFolder folder) {
    this.sweep = folder.dir().toString();
  }

  @Override
  public RunScores run(int index, Slot slot) throws Exception {
    SweepFolder folder = new SweepFolder(Path.of(sweep));
    SweepRecord record = SweepRecord.read(folder);
    Grid grid = record.grid();
    RunFolder run = folder.run(grid, index);
    Device device = slot.gpu().isPresent() ? Device.gpu(slot.gpu().getAsInt()) : Device.cpu();
    TrainingListener quiet =
        new TrainingListener() {
          @Override
          public void warning(String message) {
            System.err.printf("%s: %s%n", run.dir().getFileName(), message);
          }
        };
    Piece piece;
    if (Files.exists(run.info())) {
      RunInfo info = RunInfo.read(run);
      piece = FrozenPiece.read(PieceFile.read(run.piece()), info, LossTerms.installed(), Map.of());
      if (info.stepsDone() < info.totalSteps() && !info.state().equals("failed")) {
        stopIfShuttingDown();
        new TrainingRun(piece, run, device, quiet, slot.threads()).resume(info, info.totalSteps());
      }
    } else {
      CellPiece cell =
          CellPiece.of(
              PieceFile.read(folder.piece(record.piece())),
              grid,
              index,
              record.sketch(),
              LossTerms.installed());
      piece = cell.piece();
      long steps = record.steps() != null ? record.steps() : piece.schedule().totalSteps();
      RunFolder staging = run.staging();
      if (Files.isDirectory(staging.dir())) {
        staging.discard(); // a start killed before its run appeared; the sweep's lock is ours
      }
      stopIfShuttingDown();
      Files.createDirectories(staging.dir());
      new TrainingRun(piece, run, device, quiet, slot.threads())
          .train(cell.file(), steps, record.sketch());
    }
    try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
      return RunScoring.score(run, index, piece.snapshots().grid(), manager);
    }
  }

  /**
   * After Ctrl-C the runs already training checkpoint and stop; the ones not yet begun are not
   * begun (a training could not take its own shutdown hook then).
   */
  private static void stopIfShuttingDown() throws InterruptedException {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
    } catch (IllegalStateException shuttingDown) {
      throw new InterruptedException("the sweep is stopping");
    }
  }
}
