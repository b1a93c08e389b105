package art.equilibria.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What a training starts from, and whether the page watches it: a piece, or a run to resume. Shared
 * by {@code train} and {@code make}, which then renders what was trained.
 */
final class TrainingSource {
  @Parameters(
      paramLabel = "PIECE",
      arity = "0..1",
      description = "The piece file, e.g. pieces/demo.yaml.")
  Path pieceFile;

  @Option(
      names = "--resume",
      paramLabel = "RUN",
      description = "Continue this run from its newest valid checkpoint instead.")
  Path resume;

  @Option(
      names = "--accept-edited-piece",
      description =
          "With --resume: carry on even though the run's piece.yaml was edited since it began"
              + " (the result then differs from an uninterrupted run).")
  boolean acceptEditedPiece;

  @Option(
      names = "--watch",
      description = "Serve a live page of the training on http://127.0.0.1:PORT/ (loopback only).")
  boolean watch;

  @Option(
      names = "--port",
      paramLabel = "P",
      description = "Port for --watch (default: 8765, or the next free one; 0: any free one).")
  Integer port;

  /**
   * Trains a new run from the piece, or carries the run on, with the page when asked for.
   *
   * @param renderOverrides render options to check with a new piece before training
   */
  TrainCommand.Trained train(
      TrainingOptions training, Map<String, Object> renderOverrides, DeviceChoice device)
      throws Exception {
    if ((pieceFile == null) == (resume == null)) {
      throw new UserError(
          "give either a piece to train (pieces/demo.yaml) or a run to resume"
              + " (--resume renders/<piece>/<run>)");
    }
    if (resume != null && training.seed != null) {
      throw new UserError("--seed: a resumed run keeps its seed; leave --seed out");
    }
    if (resume != null && !training.set.isEmpty()) {
      throw new UserError(
          "--set: a resumed run keeps the piece it froze; to train with other values, start a"
              + " new run from the piece");
    }
    if (resume == null && acceptEditedPiece) {
      throw new UserError(
          "--accept-edited-piece goes with --resume: train --resume RUN --accept-edited-piece");
    }
    try (TrainingViews views = TrainingViews.open(watch, port)) {
      return resume != null
          ? TrainCommand.resume(resume, training.steps, acceptEditedPiece, device, views)
          : TrainCommand.train(pieceFile, training, renderOverrides, device, views);
    }
  }
}
