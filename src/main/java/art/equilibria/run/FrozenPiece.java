package art.equilibria.run;

import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceException;
import art.equilibria.piece.PieceFile;
import art.equilibria.piece.PieceReader;
import art.equilibria.piece.Sketch;
import art.equilibria.piece.TermCatalogue;
import java.util.Map;

/**
 * The piece a run trained, as the run recorded it: the frozen {@code piece.yaml}, with the seed the
 * run used and, for a sketch, the sketch's networks, schedule and render.
 */
public final class FrozenPiece {
  private FrozenPiece() {}

  public static Piece read(RunFolder run, RunInfo info, TermCatalogue terms) throws PieceException {
    return read(run, info, terms, Map.of());
  }

  /**
   * @param renderOverrides render fields from the command line, laid over the frozen ones
   */
  public static Piece read(
      RunFolder run, RunInfo info, TermCatalogue terms, Map<String, Object> renderOverrides)
      throws PieceException {
    return read(PieceFile.read(run.piece()), info, terms, renderOverrides);
  }

  /**
   * @param frozen the run's {@code piece.yaml}, as read (to check its digest first)
   */
  public static Piece read(
      PieceFile frozen, RunInfo info, TermCatalogue terms, Map<String, Object> renderOverrides)
      throws PieceException {
    Piece piece =
        info.sketch()
            ? Sketch.read(frozen, terms, renderOverrides)
            : PieceReader.read(frozen, terms, renderOverrides);
    return piece.withSeed(info.seed());
  }
}
