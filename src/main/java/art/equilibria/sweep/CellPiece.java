package art.equilibria.sweep;

import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceException;
import art.equilibria.piece.PieceFile;
import art.equilibria.piece.PieceReader;
import art.equilibria.piece.PieceSettings;
import art.equilibria.piece.Sketch;
import art.equilibria.piece.TermCatalogue;
import java.util.Map;

/**
 * One cell's piece: the sweep's piece with the cell's values written into its text by {@link
 * PieceSettings}, read by the piece reader, so a value is checked exactly as if the file held it.
 *
 * @param file the bytes a run of the cell freezes
 * @param piece what it trains (the sketch with {@code --sketch}), with the repeat's seed
 */
public record CellPiece(PieceFile file, Piece piece) {

  /**
   * @throws PieceException naming {@code --vary FIELD=VALUE} when the value is refused
   */
  public static CellPiece of(
      PieceFile base, Grid grid, int run, boolean sketch, TermCatalogue terms)
      throws PieceException {
    PieceSettings.Applied set =
        PieceSettings.parse(grid.settings(grid.cellOf(run)), Axis.OPTION).applyTo(base);
    Piece piece;
    try {
      piece =
          sketch
              ? Sketch.read(set.file(), terms, Map.of())
              : PieceReader.read(set.file(), terms, Map.of());
    } catch (PieceException e) {
      throw set.explain(e);
    }
    // Repeats differ by their seed alone.
    return new CellPiece(set.file(), piece.withSeed(piece.seed() + grid.repeatOf(run)));
  }
}
