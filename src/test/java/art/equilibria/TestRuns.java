package art.equilibria;

import ai.djl.Device;
import art.equilibria.loss.LossTerms;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceFile;
import art.equilibria.piece.PieceReader;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.train.TrainingListener;
import art.equilibria.train.TrainingRun;
import java.nio.file.Path;

/** Small trained runs for tests that need a real run folder. */
public final class TestRuns {
  /** 8 to 16 px, 6 steps, a snapshot every 3. */
  public static final Path TINY = Path.of("src/test/resources/pieces/tiny.yaml");

  /** Like tiny, longer: 24 steps, a snapshot every 4, so a page can be watched mid-run. */
  public static final Path WATCH = Path.of("src/test/resources/pieces/watch.yaml");

  private TestRuns() {}

  /** Trains a piece file's full schedule on the CPU into {@code out/<piece>/<run>}. */
  public static RunFolder train(Path out, Path pieceFile, TrainingListener listener)
      throws Exception {
    RunFolder run = RunFolder.create(out, RunFolder.pieceName(pieceFile));
    train(run, pieceFile, listener);
    return run;
  }

  /** Trains into a run folder made beforehand (to serve it while it trains). */
  public static RunInfo train(RunFolder run, Path pieceFile, TrainingListener listener)
      throws Exception {
    Piece piece = PieceReader.read(pieceFile, LossTerms.installed());
    return new TrainingRun(piece, run, Device.cpu(), listener)
        .train(PieceFile.read(pieceFile), piece.schedule().totalSteps());
  }

  public static RunFolder train(Path out, Path pieceFile) throws Exception {
    return train(out, pieceFile, TrainingListener.NONE);
  }
}
