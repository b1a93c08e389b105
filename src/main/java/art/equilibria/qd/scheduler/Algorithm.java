package art.equilibria.qd.scheduler;

import art.equilibria.qd.archive.Archive;
import art.equilibria.qd.archive.CvtArchive;
import art.equilibria.qd.archive.GridArchive;
import art.equilibria.qd.archive.Tessellation;
import art.equilibria.qd.archive.Thresholds;
import art.equilibria.qd.emitter.Bounds;
import art.equilibria.qd.emitter.Emitter;
import art.equilibria.qd.emitter.EvolutionStrategyEmitter;
import art.equilibria.qd.emitter.GaussianEmitter;
import art.equilibria.qd.emitter.GradientArborescenceEmitter;
import art.equilibria.qd.emitter.RandomEmitter;
import art.equilibria.qd.emitter.Ranker;
import art.equilibria.qd.emitter.RestartRule;
import art.equilibria.qd.emitter.SelectionRule;
import art.equilibria.qd.emitter.Strategy;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * The quality-diversity algorithms a search can run, each built as pyribs' sphere example and
 * CMA-MAE tutorial build it, on grid archives, every search starting from the zero latent.
 *
 * <p>The tutorials run 15 emitters of 36 solutions (540 an iteration). Here the batch size is
 * chosen by the caller and split into {@code round(batch / 36)} emitters, at least 1 and at most
 * 15, of as equal shares as can be: 540 gives pyribs' 15 x 36, 180 gives 5 x 36, 64 gives 2 x 32.
 */
public enum Algorithm {
  /** The baseline: latents from the generator's prior, N(0, I), whatever the archive holds. */
  RANDOM,
  /** MAP-Elites (Mouret and Clune 2015): one Gaussian emitter of the whole batch. */
  MAP_ELITES,
  /**
   * CMA-ME (Fontaine et al. 2020): evolution strategies ranked by two-stage improvement, filter
   * selection, restarting when no solution is added; elitist archive.
   */
  CMA_ME,
  /**
   * CMA-MAE (Fontaine and Nikolaidis 2023): evolution strategies ranked by improvement over
   * thresholds annealed at the setup's learning rate from the objective floor, mu selection, basic
   * restarts; the results are kept in a separate elitist archive.
   */
  CMA_MAE,
  /**
   * CMA-MAEGA: CMA-MAE's archives with gradient arborescence emitters (coefficient step size the
   * setup's gradient sigma, plain gradient ascent at rate 1, improvement ranking, basic restarts,
   * mu selection as pyribs' DQD tutorial). Each emitter's share includes its gradient point.
   */
  CMA_MAEGA;

  /** pyribs' tutorial batch per emitter, and its number of emitters. */
  private static final int EMITTER_BATCH = 36;

  private static final int MAX_EMITTERS = 15;

  /** The gradient-ascent rate of pyribs' sphere example's CMA-MAEGA. */
  private static final double GRADIENT_LEARNING_RATE = 1.0;

  private static final Strategy CMA_ME_STRATEGY =
      new Strategy(Ranker.TWO_STAGE_IMPROVEMENT, SelectionRule.FILTER, RestartRule.NO_IMPROVEMENT);

  private static final Strategy CMA_MAE_STRATEGY =
      new Strategy(Ranker.IMPROVEMENT, SelectionRule.MU, RestartRule.BASIC);

  /** The name the command line and a search's record use: {@code cma-mae}. */
  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the search loop must serve {@link Scheduler#askDqd} with gradients. */
  public boolean usesGradients() {
    return this == CMA_MAEGA;
  }

  /** The archives, emitters and scheduler of this algorithm for a setup. */
  public Scheduler scheduler(Setup setup) {
    SplittableRandom seeds = new SplittableRandom(setup.seed());
    double[] x0 = new double[setup.solutionDim()];
    Archive elitist = archive(setup, Thresholds.ELITIST);
    return switch (this) {
      case RANDOM ->
          new Scheduler(
              elitist,
              List.of(
                  new RandomEmitter(setup.solutionDim(), 1, setup.batchSize(), seeds.nextLong())));
      case MAP_ELITES ->
          new Scheduler(
              elitist,
              List.of(
                  new GaussianEmitter(
                      elitist,
                      x0,
                      setup.sigma(),
                      setup.batchSize(),
                      Bounds.NONE,
                      seeds.nextLong())));
      case CMA_ME ->
          new Scheduler(
              elitist,
              emitters(
                  setup,
                  share ->
                      new EvolutionStrategyEmitter(
                          elitist, x0, setup.sigma(), share, CMA_ME_STRATEGY, seeds.nextLong())));
      case CMA_MAE -> {
        Archive annealed = annealed(setup);
        yield new Scheduler(
            annealed,
            emitters(
                setup,
                share ->
                    new EvolutionStrategyEmitter(
                        annealed, x0, setup.sigma(), share, CMA_MAE_STRATEGY, seeds.nextLong())),
            elitist);
      }
      case CMA_MAEGA -> {
        Archive annealed = annealed(setup);
        yield new Scheduler(
            annealed,
            emitters(
                setup,
                share ->
                    new GradientArborescenceEmitter(
                        annealed,
                        x0,
                        setup.gradientSigma(),
                        GRADIENT_LEARNING_RATE,
                        share - 1,
                        CMA_MAE_STRATEGY,
                        seeds.nextLong())),
            elitist);
      }
    };
  }

  private static Archive annealed(Setup setup) {
    return archive(setup, new Thresholds(setup.learningRate(), setup.objectiveFloor()));
  }

  private static Archive archive(Setup setup, Thresholds thresholds) {
    if (setup.tessellation() == Tessellation.CVT) {
      int cells = 1;
      for (int c : setup.cells()) {
        cells *= c;
      }
      // The same seed gives every archive of a setup the same centroids.
      return new CvtArchive(
          setup.solutionDim(),
          cells,
          setup.ranges(),
          setup.seed(),
          thresholds,
          setup.objectiveFloor());
    }
    return new GridArchive(
        setup.solutionDim(), setup.cells(), setup.ranges(), thresholds, setup.objectiveFloor());
  }

  /** One emitter per share of the batch. */
  private static List<Emitter> emitters(Setup setup, IntFunction<Emitter> emitter) {
    List<Emitter> emitters = new ArrayList<>();
    for (int share : shares(setup.batchSize())) {
      emitters.add(emitter.apply(share));
    }
    return emitters;
  }

  /** The batch split into pyribs-sized shares, the larger ones first. */
  static int[] shares(int batchSize) {
    int count =
        (int) Math.max(1, Math.min(MAX_EMITTERS, Math.round(batchSize / (double) EMITTER_BATCH)));
    int[] shares = new int[count];
    for (int e = 0; e < count; e++) {
      shares[e] = batchSize / count + (e < batchSize % count ? 1 : 0);
    }
    return shares;
  }
}
