package art.equilibria.render.video;

import art.equilibria.run.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Rewrites a finished fragmented MP4 or QuickTime file as a regular one with its index (moov) at
 * the front, the layout gallery players and browsers start fastest with. Packets are copied, never
 * re-encoded, into a temporary file beside the original, which then replaces it in one rename; on
 * any failure the fragmented file stays as it was (it plays too, only less widely).
 */
final class Mp4Faststart {
  private Mp4Faststart() {}

  /**
   * @param muxer {@code mp4} or {@code mov}, the container it is in and stays in
   */
  static void rewrite(Path fragmented, String muxer) throws IOException {
    Path absolute = fragmented.toAbsolutePath();
    Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".faststart.partial");
    try {
      PacketCopy.remux(
          absolute.toString(), temp.toString(), muxer, Map.of("movflags", "+faststart"));
      AtomicFiles.replace(temp, absolute);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
