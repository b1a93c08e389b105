package art.equilibria.piece;

import art.equilibria.qd.archive.Tessellation;
import art.equilibria.qd.scheduler.Setup;
import java.util.List;

/**
 * A piece's {@code search} block: how {@code ./equilibria search} searches runs of this piece
 * unless its options say otherwise. Measure names are checked when a search starts, against the
 * measures installed then (plug-ins included).
 *
 * @param generator the generator measured; empty for the first
 * @param measures one or two measures, the archive's axes
 * @param objective {@code typical} or a measure to raise
 * @param algorithm random, map-elites, cma-me, cma-mae or cma-maega
 * @param cells cells along each measure
 * @param iterations rounds of proposing and scoring latents
 * @param batch latents scored per round
 * @param seed seed of the proposals and of the sample that fixes the measures' ranges
 * @param sigma the proposals' initial step, in latent units
 * @param archive a grid of cells, or as many cells around centroids (CVT)
 * @param learningRate CMA-MAE's archive learning rate alpha, 0 to 1
 */
public record SearchSettings(
    String generator,
    List<String> measures,
    String objective,
    String algorithm,
    int cells,
    int iterations,
    int batch,
    long seed,
    double sigma,
    Tessellation archive,
    double learningRate) {

  public SearchSettings {
    measures = List.copyOf(measures);
  }

  /** What a piece without a search block searches with. */
  public static SearchSettings defaults() {
    return new SearchSettings(
        "",
        List.of("colourfulness", "sharpness"),
        "typical",
        "cma-mae",
        16,
        100,
        36,
        0,
        1,
        Tessellation.GRID,
        Setup.SEARCH_LEARNING_RATE);
  }
}
