package art.equilibria.search;

import art.equilibria.qd.archive.Elite;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished (or stopped) search read back from its folder: its record and its elites, as {@code
 * archive.csv} holds them.
 */
public record ArchiveFile(SearchRecord record, List<Elite> elites) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads {@code RUN/search/NAME/}.
   *
   * @throws IOException naming the file that is missing or damaged
   */
  public static ArchiveFile read(Path dir) throws IOException {
    SearchRecord record;
    List<String> lines;
    try {
      record = JSON.readValue(dir.resolve("search.json").toFile(), SearchRecord.class);
      lines = Files.readAllLines(dir.resolve("archive.csv"));
    } catch (NoSuchFileException e) {
      throw new IOException(e.getFile() + " is missing; search the run again", e);
    }
    int measures = record.settings().measures().size();
    List<Elite> elites = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",");
      try {
        double[] m = new double[measures];
        for (int j = 0; j < measures; j++) {
          m[j] = Double.parseDouble(cells[2 + j]);
        }
        double[] z = new double[cells.length - 2 - measures];
        for (int c = 0; c < z.length; c++) {
          z[c] = Double.parseDouble(cells[2 + measures + c]);
        }
        elites.add(new Elite(z, Double.parseDouble(cells[1]), m, Integer.parseInt(cells[0])));
      } catch (RuntimeException e) {
        throw new IOException(
            dir.resolve("archive.csv") + " line " + (i + 1) + " is damaged: " + e.getMessage(), e);
      }
    }
    return new ArchiveFile(record, List.copyOf(elites));
  }

  /** A solution as the float latent a generator takes. */
  public static float[] latent(double[] solution) {
    float[] z = new float[solution.length];
    for (int i = 0; i < z.length; i++) {
      z[i] = (float) solution[i];
    }
    return z;
  }
}
