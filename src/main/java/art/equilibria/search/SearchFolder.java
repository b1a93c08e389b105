package art.equilibria.search;

import art.equilibria.image.Images;
import art.equilibria.plot.SearchChart;
import art.equilibria.qd.archive.Archive;
import art.equilibria.qd.archive.CvtArchive;
import art.equilibria.qd.archive.Elite;
import art.equilibria.run.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A search's folder, {@code RUN/search/<name>/}: {@code search.json}, {@code archive.csv} (each
 * elite's cell, objective, measures and latent), {@code heatmap.png} and {@code progress.png}, each
 * replaced whole, so a search stopped at any moment leaves readable files.
 */
final class SearchFolder {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path dir;

  SearchFolder(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  void write(SearchRecord record, Archive archive, Map<Integer, List<BufferedImage>> thumbnails)
      throws IOException {
    List<Elite> elites = elites(archive);
    AtomicFiles.write(dir.resolve("archive.csv"), csv(record, elites));
    SearchSpec spec = record.settings();
    int rows = spec.measures().size() > 1 ? spec.cells() : 1;
    BufferedImage heatmap =
        archive instanceof CvtArchive cvt
            ? Heatmap.draw(cvt.centroids(), thumbnails, spec.measures(), record.ranges())
            : Heatmap.draw(spec.cells(), rows, thumbnails, spec.measures(), record.ranges());
    AtomicFiles.write(dir.resolve("heatmap.png"), out -> Images.encodePng(heatmap, out));
    List<SearchRecord.Progress> history = record.history();
    double[] evaluations =
        history.stream().mapToDouble(SearchRecord.Progress::evaluations).toArray();
    double[] scores = history.stream().mapToDouble(SearchRecord.Progress::qdScore).toArray();
    double[] coverage = history.stream().mapToDouble(SearchRecord.Progress::coverage).toArray();
    if (history.size() > 1) {
      AtomicFiles.write(
          dir.resolve("progress.png"),
          out ->
              SearchChart.writePng(
                  spec.algorithm().key() + " search of " + spec.generator(),
                  evaluations,
                  scores,
                  coverage,
                  out));
    }
    AtomicFiles.write(dir.resolve("search.json"), JSON.writeValueAsBytes(record));
  }

  static List<Elite> elites(Archive archive) {
    List<Elite> elites = new ArrayList<>();
    archive.forEach(elites::add);
    elites.sort(Comparator.comparingInt(Elite::cell));
    return elites;
  }

  private static byte[] csv(SearchRecord record, List<Elite> elites) {
    StringBuilder out = new StringBuilder();
    StringJoiner header = new StringJoiner(",");
    header.add("cell").add("objective");
    record.settings().measures().forEach(header::add);
    int d = elites.isEmpty() ? 0 : elites.get(0).solution().length;
    for (int c = 0; c < d; c++) {
      header.add("z" + c);
    }
    out.append(header).append('\n');
    for (Elite e : elites) {
      StringJoiner row = new StringJoiner(",");
      row.add(Integer.toString(e.cell())).add(Double.toString(e.objective()));
      for (double m : e.measures()) {
        row.add(Double.toString(m));
      }
      for (double z : e.solution()) {
        row.add(Float.toString((float) z));
      }
      out.append(row).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
