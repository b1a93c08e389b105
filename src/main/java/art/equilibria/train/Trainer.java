package art.equilibria.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;
import art.equilibria.image.ToneMap;
import art.equilibria.loss.ColourVariance;
import art.equilibria.loss.LossTerm;
import art.equilibria.loss.LossTerms;
import art.equilibria.loss.TermOptions;
import art.equilibria.measure.Clipped;
import art.equilibria.measure.Measure;
import art.equilibria.measure.Vendi;
import art.equilibria.metrics.NetworkMetrics;
import art.equilibria.metrics.StepMetrics;
import art.equilibria.nn.Ensemble;
import art.equilibria.nn.Tensors;
import art.equilibria.piece.Display;
import art.equilibria.piece.Growth;
import art.equilibria.piece.Piece;
import art.equilibria.piece.TermSpec;
import art.equilibria.sampling.LatentStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One training step of the ensemble: each network in turn (the discriminator first, then the
 * generators) is updated with the weighted sum of its active terms, on its own batch of latents.
 * Every update runs in an {@link NDScope}, so all arrays it makes are freed when it ends; only
 * parameters and optimiser state live on.
 */
public final class Trainer implements AutoCloseable {
  /** Values sampled per batch for the tone map its saturation is judged under. */
  private static final long TONE_VALUES = 1 << 16;

  private static final Measure CLIPPED = new Clipped();

  private final Piece piece;
  private final Ensemble ensemble;

  /** The snapshot grids' latents: fixed for the whole run, rollbacks included. */
  private final LatentStream snapshotLatents;

  private final List<String> order = new ArrayList<>();
  private final Map<String, Adam> optimisers = new LinkedHashMap<>();
  private final LossTerms terms;
  private final int latentSize;

  /** Changes the training latents and noise after a rollback, so history does not repeat. */
  private long salt;

  private LatentStream latents;
  private double learningRateScale = 1;

  public Trainer(Piece piece, Device device) {
    this.piece = piece;
    this.terms = LossTerms.installed();
    this.ensemble = new Ensemble(piece, device);
    this.latentSize = piece.generator(piece.generators().get(0)).latent();
    this.snapshotLatents = new LatentStream(piece.seed(), latentSize);
    this.latents = snapshotLatents;
    order.add(ensemble.discriminatorName());
    order.addAll(ensemble.generatorNames());
    for (String network : order) {
      optimisers.put(
          network, new Adam(ensemble.parameters().get(network), piece.schedule().optimiser()));
    }
  }

  public Ensemble ensemble() {
    return ensemble;
  }

  public LatentStream snapshotLatents() {
    return snapshotLatents;
  }

  public long salt() {
    return salt;
  }

  /** Draws training latents and noise from another stream (0: the piece's own). */
  public void setSalt(long newSalt) {
    salt = newSalt;
    latents = newSalt == 0 ? snapshotLatents : new LatentStream(seed(), latentSize);
  }

  private long seed() {
    return salt == 0 ? piece.seed() : LatentStream.mix(piece.seed(), -salt);
  }

  public double learningRateScale() {
    return learningRateScale;
  }

  /** Scales every network's learning rate from the piece's (1: as written). */
  public void setLearningRateScale(double scale) {
    learningRateScale = scale;
    optimisers.values().forEach(o -> o.setLearningRateScale(scale));
  }

  public StepMetrics step(long step, double seconds) {
    Growth growth = piece.schedule().growthAt(step);
    // Reseeding libtorch per step makes noise inputs depend on the step alone: resumable.
    Engine.getInstance().setRandomSeed((int) LatentStream.mix(seed(), step));
    Map<String, NetworkMetrics> updates = new LinkedHashMap<>();
    long images = 0;
    long flops = 0;
    for (int i = 0; i < order.size(); i++) {
      String network = order.get(i);
      List<TermSpec> active =
          piece.termsOf(network).stream()
              .filter(t -> t.activeAt(step, growth.resolution()))
              .toList();
      if (!active.isEmpty()) {
        Update update = update(network, active, i, step, growth);
        updates.put(network, update.metrics());
        images += update.images();
        flops += update.flops();
      }
    }
    return new StepMetrics(
        step,
        growth.stage(),
        growth.resolution(),
        growth.alpha(),
        seconds,
        ProcessMemory.residentMb(),
        images,
        flops,
        updates,
        List.of(),
        null);
  }

  /** What decides which of a network's parameters an update reaches. */
  private record Phase(int resolution, boolean fading, List<TermSpec> terms) {}

  /** What one network's update measured, how many generator images and model FLOPs it made. */
  private record Update(NetworkMetrics metrics, long images, long flops) {}

  private Update update(
      String network, List<TermSpec> active, int index, long step, Growth growth) {
    try (NDScope scope = new NDScope()) {
      ensemble.trainOnly(network);
      NDArray z = latents.batch(ensemble.manager(), step, index, piece.schedule().batch());
      List<LossTerm> updateTerms = active.stream().map(t -> terms.get(t.term())).toList();
      UpdateInputs in = new UpdateInputs(ensemble, z, growth, network, step, updateTerms);
      List<NDArray> values = new ArrayList<>();
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray total = null;
        for (int t = 0; t < active.size(); t++) {
          TermSpec spec = active.get(t);
          NDArray value = updateTerms.get(t).compute(in, new TermOptions(spec.options()));
          values.add(value);
          NDArray weighted = Tensors.times(value, spec.weight());
          total = total == null ? weighted : total.add(weighted);
        }
        values.add(total);
        collector.backward(total);
      }
      double gradNorm =
          optimisers.get(network).step(new Phase(growth.resolution(), growth.alpha() < 1, active));
      boolean generator = ensemble.isGenerator(network);
      long batch = piece.schedule().batch();
      if (generator) {
        NDArray images = in.madeImages().get(network);
        // Judged as shown: under the piece's display, stretched by this batch's own statistics.
        Display display = piece.render().display();
        ToneMap tones =
            display == Display.CLAMP
                ? ToneMap.CLAMP // nothing to measure: spare the thinning's operations
                : ToneMap.measure(display, ToneMap.thin(images, TONE_VALUES));
        NDArray levels = tones.levels(images);
        values.add(ColourVariance.of(images));
        values.add(CLIPPED.of(levels).mean());
        values.add(images.square().mean());
        values.add(Vendi.similarity(levels));
      }
      float[] numbers = Tensors.values(values);
      if (generator) {
        ensemble.generator(network).bound(Math.sqrt(numbers[active.size() + 3]));
      }
      Map<String, Double> byTerm = new LinkedHashMap<>();
      for (int t = 0; t < active.size(); t++) {
        byTerm.merge(active.get(t).term(), (double) numbers[t], Double::sum);
      }
      int n = active.size();
      return new Update(
          new NetworkMetrics(
              byTerm,
              numbers[n],
              gradNorm,
              generator ? (double) numbers[n + 1] : null,
              generator ? (double) numbers[n + 2] : null,
              generator ? diversity(numbers, n + 4, (int) batch) : null),
          (long) in.madeImages().size() * piece.schedule().batch(),
          in.flops());
    }
  }

  /** The Vendi score of the batch x batch similarities at {@code from} in the fetched numbers. */
  private static double diversity(float[] numbers, int from, int batch) {
    return Vendi.ofSimilarity(
        java.util.Arrays.copyOfRange(numbers, from, from + batch * batch), batch);
  }

  /** Optimiser state of every network, for a checkpoint. */
  public NDList optimiserState() {
    NDList all = new NDList();
    optimisers.values().forEach(o -> all.addAll(o.state()));
    return all;
  }

  /** Adam update counts per parameter, for a checkpoint. */
  public Map<String, Long> optimiserUpdates() {
    Map<String, Long> all = new LinkedHashMap<>();
    optimisers.values().forEach(o -> all.putAll(o.updates()));
    return all;
  }

  public void restoreOptimisers(NDList state, Map<String, Long> updates) {
    optimisers.values().forEach(o -> o.restore(state, updates));
  }

  @Override
  public void close() {
    ensemble.close();
  }
}
