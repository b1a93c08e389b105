package art.equilibria.piece;

import java.nio.file.Path;
import java.util.List;

/**
 * What a show plays in turn, then again from the top: runs and rendered videos, each for a while.
 * Read from a YAML file by {@link PlaylistReader}.
 *
 * @param file the file's name as the artist gave it, for messages about its entries
 * @param entries in the order played, at least one
 */
public record Playlist(String file, List<Entry> entries) {
  /**
   * One thing played.
   *
   * @param source a run folder (or a piece's folder, for its newest run) or a video file
   * @param seconds how long it plays; 0: until a control says next (the runs given with {@code
   *     --also})
   * @param crossfadeSeconds how long it fades in over the one before; 0: a cut
   * @param line where the file gives it (0: not from a file)
   */
  public record Entry(Path source, double seconds, double crossfadeSeconds, int line) {}

  public Playlist {
    entries = List.copyOf(entries);
  }

  /** A problem with what entry {@code i} names, found when it is opened: at its line. */
  public PieceException problem(int i, String problem) {
    return new PieceException(
        file, entries.get(i).line(), PlaylistReader.ENTRIES + "[" + i + "].source", problem);
  }
}
