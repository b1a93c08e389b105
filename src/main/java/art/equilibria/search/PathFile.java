package art.equilibria.search;

import art.equilibria.sampling.Keyframes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An optimised path read back ({@code RUN/optimise/NAME/path.csv}), as keyframes for a render. */
public final class PathFile {
  private PathFile() {}

  /**
   * {@code count} latents evenly along the path, there and back, so a looping render goes out to
   * where the descent ended and returns.
   *
   * @throws IOException naming the file when it is missing or damaged
   */
  public static Keyframes keyframes(Path dir, String name, int count) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(dir.resolve("path.csv"));
    } catch (NoSuchFileException e) {
      throw new IOException(e.getFile() + " is missing; optimise again", e);
    }
    List<float[]> path = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",");
      float[] z = new float[cells.length - 3];
      try {
        for (int c = 0; c < z.length; c++) {
          z[c] = Float.parseFloat(cells[3 + c]);
        }
      } catch (RuntimeException e) {
        throw new IOException(dir.resolve("path.csv") + " line " + (i + 1) + " is damaged", e);
      }
      path.add(z);
    }
    int k = Math.max(2, Math.min(count, path.size()));
    List<float[]> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      out.add(path.get((int) Math.round((double) i * (path.size() - 1) / (k - 1))));
    }
    for (int i = k - 2; i > 0; i--) {
      out.add(out.get(i));
    }
    return new Keyframes(
        "optimise:" + name + " (" + k + " points along " + path.size() + " steps, there and back)",
        out);
  }
}
