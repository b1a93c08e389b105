package art.equilibria.qd.emitter;

import art.equilibria.qd.archive.AddResult;
import art.equilibria.qd.archive.Archive;
import art.equilibria.qd.opt.CmaEs;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Samples from a CMA-ES steered by archive improvement, as pyribs' {@code
 * EvolutionStrategyEmitter}: CMA-ME with {@link Ranker#TWO_STAGE_IMPROVEMENT} (Fontaine et al.
 * 2020), CMA-MAE with {@link Ranker#IMPROVEMENT} on an archive with annealed thresholds (Fontaine
 * and Nikolaidis 2023). On a restart the CMA-ES begins again from a random elite.
 */
public final class EvolutionStrategyEmitter implements Emitter {
  private final Archive archive;
  private final double[] x0;
  private final Strategy strategy;
  private final CmaEs opt;
  private final SplittableRandom random;
  private int restarts;

  /**
   * @param archive the archive that judges the samples and provides restart points
   * @param x0 the first mean
   * @param sigma0 the initial step size
   * @param batchSize samples per {@link #ask}, at least 2
   * @param strategy ranking, selection and restart rules
   * @param seed seed of every draw
   */
  public EvolutionStrategyEmitter(
      Archive archive, double[] x0, double sigma0, int batchSize, Strategy strategy, long seed) {
    Emitters.checkStart(archive, x0);
    Emitters.checkBatchSize(batchSize, 2);
    SplittableRandom root = new SplittableRandom(seed);
    this.archive = archive;
    this.x0 = x0.clone();
    this.strategy = strategy;
    this.opt = new CmaEs(x0, batchSize, sigma0, root.nextLong());
    this.random = root.split();
  }

  /** How often the CMA-ES was restarted. */
  public int restarts() {
    return restarts;
  }

  @Override
  public double[][] ask() {
    return opt.ask();
  }

  @Override
  public void tell(
      double[][] solutions, double[] objectives, double[][] measures, List<AddResult> results) {
    if (strategy.update(opt, results).restartDue()) {
      opt.reset(Emitters.restartPoint(archive, x0, random));
      restarts++;
    }
  }
}
