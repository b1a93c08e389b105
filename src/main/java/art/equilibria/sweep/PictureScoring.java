package art.equilibria.sweep;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import art.equilibria.image.Images;
import art.equilibria.measure.Difference;
import art.equilibria.measure.Measures;
import art.equilibria.run.SnapshotFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The picture measures of a run's last snapshot, read back from its PNGs (the pictures as shown),
 * and how unlike its first two generators are there.
 */
final class PictureScoring {
  /** The gap between a snapshot grid's tiles, left out of each tile. */
  private static final int GAP = 2;

  private PictureScoring() {}

  /**
   * @param measures each measure's batch value, averaged over the generators (empty when the run
   *     has no snapshot)
   * @param difference {@link Difference} of the first two generators' grids (NaN with one)
   */
  record Pictures(Map<String, Double> measures, double difference) {}

  static Pictures of(Path snapshots, int grid, NDManager manager) throws IOException {
    List<SnapshotFiles.Snapshot> all = SnapshotFiles.list(snapshots);
    if (all.isEmpty()) {
      return new Pictures(Map.of(), Double.NaN);
    }
    SnapshotFiles.Snapshot last = all.get(all.size() - 1);
    Measures measures = Measures.installed();
    Map<String, Double> sums = new LinkedHashMap<>();
    List<NDArray> levels = new ArrayList<>();
    try (NDManager scope = manager.newSubManager()) {
      for (String file : last.generators().values()) {
        BufferedImage picture = javax.imageio.ImageIO.read(snapshots.resolve(file).toFile());
        NDArray tiles = Images.levels(Images.tiles(picture, grid, grid, GAP), scope);
        levels.add(tiles);
        measures.summarise(tiles).forEach((name, value) -> sums.merge(name, value, Double::sum));
      }
      sums.replaceAll((name, sum) -> sum / levels.size());
      double difference =
          levels.size() < 2 ? Double.NaN : Difference.between(levels.get(0), levels.get(1));
      return new Pictures(sums, difference);
    }
  }
}
