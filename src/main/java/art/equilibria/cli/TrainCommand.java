package art.equilibria.cli;

import ai.djl.Device;
import art.equilibria.loss.LossTerms;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceException;
import art.equilibria.piece.PieceFile;
import art.equilibria.piece.PieceReader;
import art.equilibria.piece.PieceSettings;
import art.equilibria.piece.Sketch;
import art.equilibria.run.FrozenPiece;
import art.equilibria.run.RunException;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.train.TrainingRun;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code equilibria train PIECE}. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train a piece's ensemble into renders/<piece>/<run>/.",
      "Ctrl-C saves a checkpoint at the current step; --resume RUN carries on from there."
    })
final class TrainCommand implements Callable<Integer> {
  /** Exit code of a run stopped by Ctrl-C or SIGTERM (128 + SIGINT). */
  static final int STOPPED = 130;

  @Mixin CommonOptions common;

  @Mixin TrainingSource source;

  @Mixin TrainingOptions training;

  @Mixin DeviceOption device;

  /** A training that ended, finished or stopped. */
  record Trained(RunFolder run, RunInfo info) {
    boolean finished() {
      return info.state().equals("finished");
    }
  }

  @Override
  public Integer call() throws Exception {
    return source.train(training, Map.of(), device.choice).finished() ? 0 : STOPPED;
  }

  /**
   * Trains a new run and reports.
   *
   * @param renderOverrides render options to check with the piece before training ({@code make})
   */
  static Trained train(
      Path pieceFile,
      TrainingOptions training,
      Map<String, Object> renderOverrides,
      DeviceChoice device,
      TrainingViews views)
      throws Exception {
    Long steps = training.steps;
    if (training.out.toString().isBlank()) {
      throw new UserError("--out: empty; give the folder for runs, e.g. --out renders");
    }
    // Read once: the piece may come from a pipe, and the run freezes the bytes parsed.
    PieceSettings.Applied set =
        PieceSettings.parse(training.set).applyTo(PieceFile.read(pieceFile));
    PieceFile source = set.file();
    Piece piece;
    try {
      piece =
          training.sketch
              ? Sketch.read(source, LossTerms.installed(), renderOverrides)
              : PieceReader.read(source, LossTerms.installed(), renderOverrides);
    } catch (PieceException e) {
      throw RenderCommand.asOption(set.explain(e));
    }
    if (training.seed != null) {
      piece = piece.withSeed(training.seed);
    }
    long total = steps != null ? steps : piece.schedule().totalSteps();
    if (total <= 0) {
      throw new UserError("--steps " + steps + ": give a positive number of steps");
    }
    Device d = device.resolve();
    try {
      PieceReader.checkFits(source, piece, DeviceChoice.memoryOf(d), d.toString());
    } catch (PieceException e) {
      throw set.explain(e);
    }
    String name = RunFolder.pieceName(pieceFile);
    for (Path abandoned : RunFolder.clearAbandonedStarts(training.out, name)) {
      System.err.printf("removed %s, left by a start killed before its run appeared%n", abandoned);
    }
    RunFolder run = RunFolder.create(training.out, name);
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
    try (ProgressLine progress = new ProgressLine(total, run)) {
      info =
          new TrainingRun(piece, run, d, views.listen(run, d, progress))
              .train(source, total, training.sketch);
    }
    return report(new Trained(run, info));
  }

  /**
   * Continues a stopped or crashed run from its newest valid checkpoint.
   *
   * @param acceptEdited carry on with a frozen piece edited since the run began, with a warning
   */
  static Trained resume(
      Path dir, Long steps, boolean acceptEdited, DeviceChoice device, TrainingViews views)
      throws Exception {
    RunFolder run = RunFolder.open(dir);
    PieceFile frozen = PieceFile.read(run.piece());
    RunInfo recorded = RunInfo.read(run);
    if (steps != null && steps <= recorded.stepsDone()) {
      throw new UserError(
          "--steps "
              + steps
              + ": the run has done "
              + recorded.stepsDone()
              + " steps already; give more to continue it, or leave --steps out");
    }
    if (!recorded.frozenAs(frozen.sha256())) {
      if (!acceptEdited) {
        throw new RunException(
            run.piece()
                + ": edited since the run began (its SHA-256 is not the one in run.json), so the"
                + " result would not equal an uninterrupted run; restore it, train it as a new"
                + " run, or resume anyway with --accept-edited-piece");
      }
      System.err.printf(
          "warning: %s was edited since the run began; carrying on with it as it is now%n",
          run.piece());
    }
    // From here on the run is of this piece (a run from before digests gets one now).
    recorded = recorded.withPiece(frozen.sha256());
    Piece piece = FrozenPiece.read(frozen, recorded, LossTerms.installed(), Map.of());
    long total = steps != null ? steps : recorded.totalSteps();
    Device d = device.resolve();
    System.err.printf(
        "resuming %s (%s) on %s: %d steps in all%n", run.dir(), piece.title(), d, total);
    RunInfo info;
    try (ProgressLine progress = new ProgressLine(total, run)) {
      info = new TrainingRun(piece, run, d, views.listen(run, d, progress)).resume(recorded, total);
    }
    return report(new Trained(run, info));
  }

  /** A stopped run was reported by the progress line as it stopped. */
  private static Trained report(Trained t) {
    if (t.finished()) {
      System.err.printf(
          "finished %d steps; snapshots in %s%n", t.info().stepsDone(), t.run().snapshots());
    }
    return t;
  }

  static Piece readPiece(Path file) throws PieceException {
    return PieceReader.read(file, LossTerms.installed());
  }
}
