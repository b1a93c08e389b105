package art.equilibria.sampling;

import ai.djl.Device;
import art.equilibria.loss.LossTerms;
import art.equilibria.nn.Ensemble;
import art.equilibria.piece.Growth;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceException;
import art.equilibria.piece.TermCatalogue;
import art.equilibria.run.CheckpointStore;
import art.equilibria.run.FrozenPiece;
import art.equilibria.run.RunException;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A run's ensemble restored from one of its checkpoints, at the resolution (and fade) it had
 * reached, ready to be sampled.
 */
public final class TrainedRun implements AutoCloseable {
  private final RunFolder folder;
  private final Piece piece;
  private final Ensemble ensemble;
  private final Path checkpoint;
  private final long step;

  private TrainedRun(RunFolder folder, Piece piece, Ensemble ensemble, Path checkpoint, long step) {
    this.folder = folder;
    this.piece = piece;
    this.ensemble = ensemble;
    this.checkpoint = checkpoint;
    this.step = step;
  }

  /**
   * @param checkpoint {@code latest} (the newest that reads back whole) or a step number
   * @param renderOverrides render fields that replace the frozen piece's
   * @param warnings hears, in one line each, of damaged checkpoints skipped on the way to latest
   */
  public static TrainedRun open(
      Path dir,
      String checkpoint,
      Device device,
      Map<String, Object> renderOverrides,
      Consumer<String> warnings)
      throws IOException, PieceException, RunException {
    RunFolder folder = RunFolder.open(dir);
    RunInfo info = RunInfo.read(folder);
    Piece piece =
        FrozenPiece.read(
            folder, info, TermCatalogue.forFinishedRuns(LossTerms.installed()), renderOverrides);
    CheckpointStore store = new CheckpointStore(folder.checkpoints(), Integer.MAX_VALUE);
    if (store.list().isEmpty()) {
      throw new RunException(
          folder.dir() + " has no checkpoints yet; train it further or pick another run");
    }
    Ensemble ensemble = new Ensemble(piece, device);
    CheckpointStore.Use<Path> load =
        loaded -> {
          ensemble.load(loaded.networks());
          return loaded.file();
        };
    try {
      Path file =
          checkpoint.equals("latest")
              ? store.newestUsable(device, load, warnings)
              : loadStep(store, checkpoint, device, load);
      return new TrainedRun(folder, piece, ensemble, file, CheckpointStore.stepOf(file));
    } catch (IOException | RunException | RuntimeException e) {
      ensemble.close();
      throw e;
    }
  }

  /** Loads the checkpoint the artist named; a damaged one is refused, not replaced by another. */
  private static Path loadStep(
      CheckpointStore store, String checkpoint, Device device, CheckpointStore.Use<Path> load)
      throws IOException, RunException {
    Optional<Path> file;
    try {
      file = store.at(Long.parseLong(checkpoint));
    } catch (NumberFormatException e) {
      throw new RunException("--checkpoint " + checkpoint + ": give a step number or latest");
    }
    if (file.isEmpty()) {
      throw new RunException(
          "--checkpoint "
              + checkpoint
              + ": no checkpoint at that step; this run has "
              + String.join(
                  ", ", store.list().stream().map(p -> "" + CheckpointStore.stepOf(p)).toList()));
    }
    try {
      return CheckpointStore.load(file.get(), device, load);
    } catch (IOException | IllegalStateException e) {
      throw new RunException(
          "--checkpoint " + checkpoint + ": " + e.getMessage() + "; pick another step or latest");
    }
  }

  public RunFolder folder() {
    return folder;
  }

  public Piece piece() {
    return piece;
  }

  public Ensemble ensemble() {
    return ensemble;
  }

  public Path checkpoint() {
    return checkpoint;
  }

  /** Steps trained when the checkpoint was written. */
  public long step() {
    return step;
  }

  /** The resolution and fade the checkpoint was trained at. */
  public Growth growth() {
    return piece.schedule().growthAt(Math.max(0, step - 1));
  }

  @Override
  public void close() {
    ensemble.close();
  }
}
