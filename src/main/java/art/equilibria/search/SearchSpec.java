package art.equilibria.search;

import art.equilibria.qd.archive.Tessellation;
import art.equilibria.qd.scheduler.Algorithm;
import art.equilibria.qd.scheduler.Setup;
import java.util.List;

/**
 * A search of one trained run's latent space, every setting it needs to be made again.
 *
 * @param name the search's folder under {@code RUN/search/}
 * @param generator the generator whose pictures are measured (every generator is shown)
 * @param measures one or two measure names: the archive's axes
 * @param objective {@link Objective#TYPICAL} or a measure to raise
 * @param algorithm how latents are proposed
 * @param cells cells along each measure
 * @param iterations rounds of ask, evaluate, tell
 * @param batch latents evaluated per round
 * @param seed seed of the proposals and of the sample that fixes the measures' ranges
 * @param sigma the proposals' initial step size, in units of the latent prior's deviation
 * @param archive a grid, or as many centroids as the grid would have cells (a record from before
 *     there was a choice reads as a grid)
 * @param learningRate CMA-MAE's archive learning rate (a record from before there was a choice
 *     reads as pyribs' 0.01)
 */
public record SearchSpec(
    String name,
    String generator,
    List<String> measures,
    String objective,
    Algorithm algorithm,
    int cells,
    int iterations,
    int batch,
    long seed,
    double sigma,
    Tessellation archive,
    Double learningRate) {
  public SearchSpec {
    measures = List.copyOf(measures);
    archive = archive == null ? Tessellation.GRID : archive;
    learningRate = learningRate == null ? Setup.PYRIBS_LEARNING_RATE : learningRate;
  }
}
