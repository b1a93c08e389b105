package art.equilibria.piece;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a playlist file (see {@link Playlist}) with the piece's YAML readers; a mistake is a {@link
 * PieceException} naming the file, line and field, as a piece's is.
 *
 * <pre>
 * crossfade: 3                   # seconds each entry fades in over the one before (0: a cut)
 * entries:
 *   - source: renders/demo       # a run folder, a piece's folder (its newest run) or a video
 *     duration: 10m              # 90s, 10m, 1h30m, or seconds
 *   - source: loops/night.mp4
 *     duration: 90s
 *     crossfade: 10              # this entry's own
 * </pre>
 *
 * Sources are relative to the playlist's folder.
 */
public final class PlaylistReader {
  static final String ENTRIES = "entries";

  /** The fields of the file, and of each entry: the vocabulary the README describes. */
  public static final List<String> FIELDS = List.of("crossfade", ENTRIES);

  public static final List<String> ENTRY_FIELDS = List.of("source", "duration", "crossfade");

  private static final String EXAMPLE = "entries: [{source: renders/demo, duration: 10m}]";
  private static final YamlDocument.Kind KIND =
      new YamlDocument.Kind("a playlist", "entries, each with a source and a duration", EXAMPLE);

  private PlaylistReader() {}

  /**
   * @param text the file's content
   * @param file the file's name as the artist gave it, for messages
   * @param folder where its sources are found from
   */
  public static Playlist read(String text, String file, Path folder) throws PieceException {
    YamlFields top = YamlFields.of(YamlDocument.root(text, file, KIND), "a playlist", FIELDS);
    double fade = top.number("crossfade", 0, 0, ControlMappingReader.MAX_CROSSFADE);
    YamlValue list = top.require(ENTRIES, "list what to play: " + EXAMPLE);
    List<YamlValue> items = list.items();
    if (items.isEmpty()) {
      throw list.error("the list is empty; give at least one entry, e.g. " + EXAMPLE);
    }
    List<Playlist.Entry> entries = new ArrayList<>();
    for (YamlValue item : items) {
      entries.add(entry(YamlFields.of(item, "an entry", ENTRY_FIELDS), fade, folder));
    }
    return new Playlist(file, entries);
  }

  private static Playlist.Entry entry(YamlFields fields, double fade, Path folder)
      throws PieceException {
    YamlValue source = fields.require("source", "give a run folder or a video file");
    Path path = folder.resolve(source.text());
    if (!Files.exists(path)) {
      throw source.error(
          "no such run folder or video: "
              + path
              + "; give a run folder (renders/<piece>/<run>, or renders/<piece> for its newest"
              + " run) or a video file, relative to the playlist's folder");
    }
    double seconds =
        Durations.seconds(fields.require("duration", "give how long it plays, e.g. 10m or 90s"));
    double crossfade = fields.number("crossfade", fade, 0, ControlMappingReader.MAX_CROSSFADE);
    if (crossfade >= seconds) {
      YamlValue at = fields.get("crossfade").orElse(fields.get("duration").orElseThrow());
      throw at.error(
          "a crossfade of "
              + YamlFields.format(crossfade)
              + " s does not fit in a duration of "
              + YamlFields.format(seconds)
              + " s; make the crossfade shorter than the duration");
    }
    return new Playlist.Entry(path, seconds, crossfade, fields.block().line());
  }
}
