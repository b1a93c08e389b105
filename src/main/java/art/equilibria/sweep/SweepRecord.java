package art.equilibria.sweep;

import art.equilibria.run.AtomicFiles;
import art.equilibria.run.DamagedFileException;
import art.equilibria.run.RunInfo;
import java.io.IOException;
import java.io.Serializable;

/**
 * What {@code sweep.json} says: the grid a sweep trains, of which piece, for how long. Written once
 * when the sweep begins; a sweep carried on must ask for the same.
 *
 * @param piece the piece's name
 * @param source the piece file as given, where a promoted cell's piece is written beside
 * @param steps steps per run, or null for each cell's own schedule
 * @param sketch whether each run trains the piece's sketch
 * @param pieceSha256 the SHA-256 of the piece as read, frozen as the sweep's {@code piece.yaml}
 */
public record SweepRecord(
    String piece,
    String source,
    Long steps,
    boolean sketch,
    Grid grid,
    String pieceSha256,
    String started)
    implements Serializable {

  /** Whether {@code other} asks for the same runs (when it was begun aside). */
  public boolean sameSweepAs(SweepRecord other) {
    return piece.equals(other.piece)
        && java.util.Objects.equals(steps, other.steps)
        && sketch == other.sketch
        && grid.equals(other.grid)
        && pieceSha256.equals(other.pieceSha256);
  }

  public void write(SweepFolder folder) throws IOException {
    AtomicFiles.write(folder.record(), RunInfo.JSON.writeValueAsBytes(this));
  }

  /**
   * @throws DamagedFileException when sweep.json is there but not a sweep's record
   */
  public static SweepRecord read(SweepFolder folder) throws IOException {
    try {
      return RunInfo.JSON.readValue(folder.record().toFile(), SweepRecord.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new DamagedFileException(
          folder.record()
              + " is empty or damaged ("
              + e.getOriginalMessage()
              + "); start the sweep again under another --name",
          e);
    }
  }
}
