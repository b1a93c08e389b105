package art.equilibria.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import art.equilibria.image.Images;
import art.equilibria.image.ToneMap;
import art.equilibria.measure.Diversity;
import art.equilibria.nn.Ensemble;
import art.equilibria.nn.NoiseMode;
import art.equilibria.piece.Display;
import art.equilibria.piece.Growth;
import art.equilibria.sampling.LatentStream;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Snapshot grids from fixed latents and fixed noise, so successive snapshots show how the same
 * points of latent space change: {@code snapshots/000050-g1.png} per generator and {@code
 * 000050-ensemble.png} with all generators side by side.
 */
public final class SnapshotWriter {
  /** Small images are scaled up (nearest) to at least this many pixels per tile. */
  private static final int MIN_TILE = 64;

  private static final int GAP = 2;

  private final Path dir;
  private final int grid;
  private final Display display;

  /**
   * @param display how values become pixels; a stretch is measured on each grid's own images
   */
  public SnapshotWriter(Path dir, int grid, Display display) {
    this.dir = dir;
    this.grid = grid;
    this.display = display;
  }

  /**
   * What a snapshot wrote.
   *
   * @param overview all generators side by side
   * @param grids each generator's grid, by name
   * @param diversity how many different pictures each generator's grid holds, by name
   */
  public record Snapshot(
      Path overview, Map<String, BufferedImage> grids, Map<String, Diversity> diversity) {}

  /** Writes the grids for the ensemble as it is after {@code step} steps. */
  public Snapshot write(Ensemble ensemble, LatentStream latents, Growth growth, long step)
      throws IOException {
    ensemble.freeze();
    Map<String, BufferedImage> grids = new LinkedHashMap<>();
    Map<String, Diversity> diversity = new LinkedHashMap<>();
    String prefix = String.format("%06d-", step);
    try (NDScope scope = new NDScope()) {
      NDArray z = latents.fixed(ensemble.manager(), grid * grid);
      for (String name : ensemble.generatorNames()) {
        NDArray images = ensemble.generator(name).generate(z, growth, NoiseMode.CONSTANT);
        int tile = Math.max(MIN_TILE, growth.resolution());
        ToneMap tone = ToneMap.measure(display, images);
        BufferedImage picture = Images.grid(Images.toPictures(images, tone), grid, tile, GAP);
        Images.writePng(picture, dir.resolve(prefix + name + ".png"));
        grids.put(name, picture);
        diversity.put(
            name,
            Diversity.of(
                tone.levels(images), ensemble.discriminator().judge(images, growth).embedding()));
      }
    }
    Path overview = dir.resolve(prefix + "ensemble.png");
    Images.writePng(
        Images.sideBySide(new ArrayList<>(grids.values()), 4 * GAP, Color.WHITE), overview);
    return new Snapshot(overview, grids, diversity);
  }
}
