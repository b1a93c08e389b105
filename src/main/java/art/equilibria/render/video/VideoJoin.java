package art.equilibria.render.video;

import art.equilibria.run.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Segments of one video, each a {@link VideoEncoder} file starting with a key frame, joined into
 * the file a single render would have made: packets copied, never re-encoded, time stamps carried
 * on from one segment to the next. The joined file appears in one rename when complete.
 */
public final class VideoJoin {
  private final Path output;
  private final VideoFormat format;

  private VideoJoin(Path output, VideoFormat format) {
    this.output = output;
    this.format = format;
  }

  /**
   * Checks, before any segment is rendered, that the video can be written where asked.
   *
   * @throws IllegalArgumentException for a folder of frames, which has no packets to copy
   * @throws OutputPathException naming the path when it cannot be written
   */
  public static VideoJoin prepare(Path output, VideoFormat format) throws IOException {
    if (format.isFolder()) {
      throw new IllegalArgumentException(format.pieceName() + " writes frames, not one file");
    }
    OutputTarget.prepare(output, format);
    return new VideoJoin(output.toAbsolutePath(), format);
  }

  /**
   * @param segments in playing order, all of the same format, size and rate
   * @param fps the rate they were written at
   */
  public void join(List<Path> segments, int fps) throws IOException {
    AtomicFiles.removeLeftovers(output);
    Path temp = output.resolveSibling("." + output.getFileName() + ".join.partial");
    try {
      PacketCopy.join(
          segments.stream().map(s -> s.toAbsolutePath().toString()).toList(),
          temp.toString(),
          format.muxer(),
          fps,
          // A single render ends with its index at the front; so does the joined one.
          format.fragmented() ? Map.of("movflags", "+faststart") : Map.of());
      AtomicFiles.replace(temp, output);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
