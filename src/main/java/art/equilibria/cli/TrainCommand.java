package art.equilibria.cli;

import ai.djl.Device;
import art.equilibria.loss.LossTerms;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceException;
import art.equilibria.piece.PieceReader;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.train.TrainingRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equilibria train PIECE}. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train a piece's ensemble into renders/<piece>/<run>/.")
final class TrainCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PIECE", description = "The piece file, e.g. pieces/demo.yaml.")
  Path pieceFile;

  @Option(
      names = "--steps",
      paramLabel = "N",
      description = "Train N steps instead of the piece's full schedule.")
  Long steps;

  @Option(names = "--seed", paramLabel = "S", description = "Override the piece's seed.")
  Long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "renders",
      description = "Folder for runs (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--device",
      defaultValue = "auto",
      description = "cpu, gpu or auto (default: ${DEFAULT-VALUE}).")
  DeviceChoice device;

  @Override
  public Integer call() throws Exception {
    train(pieceFile, steps, seed, out, device);
    return 0;
  }

  /** Trains and reports; returns the run folder. */
  static RunFolder train(Path pieceFile, Long steps, Long seed, Path out, DeviceChoice device)
      throws Exception {
    Piece piece = readPiece(pieceFile);
    if (seed != null) {
      piece = piece.withSeed(seed);
    }
    long total = steps != null ? steps : piece.schedule().totalSteps();
    if (total <= 0) {
      throw new UserError("--steps " + steps + ": give a positive number of steps");
    }
    Device d = device.resolve();
    RunFolder run = RunFolder.create(out, RunFolder.pieceName(pieceFile));
    System.err.printf(
        "training %s (%s) on %s: %d steps, %d to %d px, batch %d%n  run folder: %s%n",
        pieceFile,
        piece.title(),
        d,
        total,
        piece.schedule().startResolution(),
        piece.schedule().finalResolution(),
        piece.schedule().batch(),
        run.dir());
    RunInfo info;
    try (ProgressLine progress = new ProgressLine(total)) {
      info = new TrainingRun(piece, pieceFile, run, d, progress).train(total);
    }
    System.err.printf("finished %d steps; snapshots in %s%n", info.stepsDone(), run.snapshots());
    return run;
  }

  static Piece readPiece(Path file) throws PieceException {
    return PieceReader.read(file, LossTerms.installed());
  }
}
