package art.equilibria.render.video;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The top-level box (atom) types of an MP4 file, in file order. */
final class Mp4Boxes {
  private Mp4Boxes() {}

  static List<String> topLevel(Path file) throws IOException {
    List<String> types = new ArrayList<>();
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      long at = 0;
      byte[] type = new byte[4];
      while (at + 8 <= length) {
        in.seek(at);
        long size = in.readInt() & 0xffffffffL;
        in.readFully(type);
        if (size == 1) {
          size = in.readLong();
        } else if (size == 0) {
          size = length - at;
        }
        if (size < 8) {
          throw new IOException("broken box at " + at + " in " + file);
        }
        types.add(new String(type, StandardCharsets.US_ASCII));
        at += size;
      }
    }
    return types;
  }
}
