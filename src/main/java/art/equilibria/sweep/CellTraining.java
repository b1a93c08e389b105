package art.equilibria.sweep;

import ai.djl.Device;
import art.equilibria.loss.LossTerms;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceFile;
import art.equilibria.run.FrozenPiece;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.train.TrainingListener;
import art.equilibria.train.TrainingRun;
import java.nio.file.Files;
import java.util.Map;

/**
 * Trains one run of a sweep from the sweep folder alone: a run that ended (finished, failed, or
 * stopped by the guard's policy) is left as it is, one stopped by Ctrl-C or crashed carries on from
 * its newest checkpoint, and a missing one is trained from its cell's piece.
 */
final class CellTraining {
  private CellTraining() {}

  /**
   * A run the guard stopped is kept as it ended: resumed, it would train from its last good
   * checkpoint to the same failure. (One stopped by a version that did not record the guard's stop
   * in run.json is resumed once, and then recorded.)
   *
   * @return the run's state afterwards
   */
  static RunInfo trainOrResume(SweepFolder folder, int index, Device device) throws Exception {
    SweepRecord record = SweepRecord.read(folder);
    Grid grid = record.grid();
    RunFolder run = folder.run(grid, index);
    TrainingListener quiet =
        new TrainingListener() {
          @Override
          public void warning(String message) {
            System.err.printf("%s: %s%n", run.dir().getFileName(), message);
          }
        };
    if (Files.exists(run.info())) {
      RunInfo info = RunInfo.read(run);
      if (info.stepsDone() >= info.totalSteps()
          || info.state().equals("failed")
          || info.stoppedByGuard()) {
        return info;
      }
      Piece piece =
          FrozenPiece.read(PieceFile.read(run.piece()), info, LossTerms.installed(), Map.of());
      return new TrainingRun(piece, run, device, quiet).resume(info, info.totalSteps());
    }
    CellPiece cell =
        CellPiece.of(
            PieceFile.read(folder.piece(record.piece())),
            grid,
            index,
            record.sketch(),
            LossTerms.installed());
    long steps = record.steps() != null ? record.steps() : cell.piece().schedule().totalSteps();
    RunFolder staging = run.staging();
    if (Files.isDirectory(staging.dir())) {
      staging.discard(); // a start killed before its run appeared; the sweep's lock is ours
    }
    Files.createDirectories(staging.dir());
    return new TrainingRun(cell.piece(), run, device, quiet)
        .train(cell.file(), steps, record.sketch());
  }

  /**
   * The child process of {@link CellTask}: {@code SWEEP_DIR RUN [GPU]}. Exits 0 when the run ended
   * as its piece says (finished, or stopped by the guard's policy), 1 when it failed, and with a
   * signal's code when it was stopped (Ctrl-C, or 130 when the sweep that started it ended).
   */
  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    // A sweep killed outright leaves no child training on: stop with a checkpoint as Ctrl-C does.
    ProcessHandle.current()
        .parent()
        .ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(130)));
    Device device = args.length > 2 ? Device.gpu(Integer.parseInt(args[2])) : Device.cpu();
    trainOrResume(
        new SweepFolder(java.nio.file.Path.of(args[0])), Integer.parseInt(args[1]), device);
    // Stopped by a signal, the process ends with its code once the run has checkpointed; a run
    // that returns without one ended as its piece says.
    System.exit(0);
  }
}
