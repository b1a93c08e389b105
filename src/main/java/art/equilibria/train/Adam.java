package art.equilibria.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import art.equilibria.nn.Parameters;
import art.equilibria.nn.Tensors;
import art.equilibria.piece.Optimiser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam for one network, with its state held here by parameter name so a checkpoint can save and
 * restore it exactly (DJL's own Adam keeps it private). A parameter that takes no part in an update
 * (a layer of another resolution) is skipped, as PyTorch skips parameters without a gradient. Which
 * parameters take part depends only on the update's phase (its resolution, fade and terms), so it
 * is read off the gradients once per phase (those exactly zero) and remembered: reading it every
 * update cost two libtorch operations per parameter of the whole network.
 *
 * <p>The parameters taking part are updated as one flat vector: their means and variances are views
 * into two flat arrays laid out for the phase, and the gradient is the one concatenation the
 * gradient norm needs anyway. An update is then a dozen libtorch operations plus three per
 * parameter (its slice of the step subtracted, its gradient zeroed), where libtorch's fused update
 * and the zeroing made twelve per parameter: about a quarter of a training step's calls. The
 * arithmetic is the fused update's, operation for operation (its weight decay of zero left out).
 */
public final class Adam {
  private final Optimiser settings;
  private final List<Slot> slots = new ArrayList<>();
  private final Map<Object, List<Slot>> takingPart = new HashMap<>();
  private double learningRateScale = 1;

  /** The slots whose state is laid out flat now, and that flat state. */
  private List<Slot> laidOut = List.of();

  private NDArray flatMean;
  private NDArray flatVariance;
  private long[] splits;

  private static final class Slot {
    final String name;
    final NDArray weight;
    NDArray mean;
    NDArray variance;
    long updates;

    Slot(String name, NDArray weight) {
      this.name = name;
      this.weight = weight;
      this.mean = weight.zerosLike();
      this.variance = weight.zerosLike();
    }
  }

  public Adam(Parameters params, Optimiser settings) {
    this.settings = settings;
    params.trainable().values().forEach(weight -> slots.add(new Slot(weight.getName(), weight)));
  }

  /** Scales the piece's learning rate (a rollback's remedy). */
  public void setLearningRateScale(double scale) {
    learningRateScale = scale;
  }

  /**
   * Applies one update from the gradients collected on the parameters, then zeroes them.
   *
   * @param phase equal for updates whose gradients reach the same parameters
   * @return the global L2 norm of the gradient
   */
  public double step(Object phase) {
    List<Slot> taking = takingPart.computeIfAbsent(phase, p -> findTakingPart());
    if (taking.isEmpty()) {
      return 0;
    }
    layOut(taking);
    NDList flat = new NDList(taking.size());
    taking.forEach(slot -> flat.add(slot.weight.getGradient().reshape(-1)));
    NDArray grad = NDArrays.concat(flat);
    // Computed the same way whether or not the phase was new: a resumed run logs the same norms.
    double norm = Math.sqrt(grad.square().sum().getFloat());
    float b1 = (float) settings.beta1();
    float b2 = (float) settings.beta2();
    flatMean.muli(b1).addi(grad.mul(1 - b1));
    flatVariance.muli(b2).addi(grad.mul(1 - b2).mul(grad));
    NDArray stepSize = stepSizes(taking);
    NDList steps =
        flatMean
            .mul(stepSize)
            .div(flatVariance.sqrt().add((float) settings.epsilon()))
            .split(splits);
    Tensors.withoutGradients(
        () -> {
          for (int i = 0; i < taking.size(); i++) {
            Slot slot = taking.get(i);
            slot.weight.subi(steps.get(i).reshape(slot.weight.getShape()));
            Tensors.zeroGradient(slot.weight);
          }
        });
    return norm;
  }

  /**
   * Counts this update for each slot and gives the learning rate with Adam's bias correction for
   * every value of the flat vector: one scalar when all its parameters have taken part equally
   * often, otherwise one run of values per stretch of slots with the same count (the layers a
   * growth added have fewer updates than the older ones: two or three runs).
   */
  private NDArray stepSizes(List<Slot> taking) {
    taking.forEach(slot -> slot.updates++);
    NDManager manager = flatMean.getManager();
    NDList runs = new NDList();
    int from = 0;
    for (int i = 1; i <= taking.size(); i++) {
      if (i == taking.size() || taking.get(i).updates != taking.get(from).updates) {
        float rate = correctedRate(taking.get(from).updates);
        if (from == 0 && i == taking.size()) {
          return manager.create(rate);
        }
        runs.add(manager.full(new Shape(start(i) - start(from)), rate));
        from = i;
      }
    }
    return NDArrays.concat(runs);
  }

  /** Where slot {@code i}'s values begin in the flat vector (past the last slot: its length). */
  private long start(int i) {
    return i == 0 ? 0 : i > splits.length ? flatMean.size() : splits[i - 1];
  }

  private float correctedRate(long updates) {
    double lr = settings.lr() * learningRateScale;
    float b1 = (float) settings.beta1();
    float b2 = (float) settings.beta2();
    return (float) (lr * Math.sqrt(1 - Math.pow(b2, updates)) / (1 - Math.pow(b1, updates)));
  }

  /**
   * Makes the state of these slots two flat arrays, each slot's mean and variance a view into them,
   * unless it already is. A slot left out keeps its view of the layout before, which keeps that
   * storage alive for it alone.
   */
  private void layOut(List<Slot> taking) {
    if (taking.equals(laidOut)) {
      return;
    }
    NDList means = new NDList(taking.size());
    NDList variances = new NDList(taking.size());
    splits = new long[taking.size() - 1];
    long offset = 0;
    for (int i = 0; i < taking.size(); i++) {
      Slot slot = taking.get(i);
      means.add(slot.mean.reshape(-1));
      variances.add(slot.variance.reshape(-1));
      offset += slot.weight.size();
      if (i < splits.length) {
        splits[i] = offset;
      }
    }
    NDArray mean = NDArrays.concat(means);
    NDArray variance = NDArrays.concat(variances);
    // Kept beyond the step's scope, with the parameters they belong to.
    NDScope.unregister(mean, variance);
    NDList meanViews = mean.split(splits);
    NDList varianceViews = variance.split(splits);
    for (int i = 0; i < taking.size(); i++) {
      Slot slot = taking.get(i);
      Shape shape = slot.weight.getShape();
      NDArray meanView = meanViews.get(i).reshape(shape);
      NDArray varianceView = varianceViews.get(i).reshape(shape);
      NDScope.unregister(meanView, varianceView);
      slot.mean.close();
      slot.variance.close();
      slot.mean = meanView;
      slot.variance = varianceView;
    }
    if (flatMean != null) {
      // Slots left out keep their views; the storage lives as long as they do.
      flatMean.close();
      flatVariance.close();
    }
    flatMean = mean;
    flatVariance = variance;
    laidOut = taking;
  }

  /** The slots whose gradient is not all zero. */
  private List<Slot> findTakingPart() {
    List<NDArray> squares = new ArrayList<>(slots.size());
    for (Slot slot : slots) {
      squares.add(slot.weight.getGradient().square().sum());
    }
    float[] perParameter = Tensors.values(squares);
    List<Slot> taking = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      if (perParameter[i] != 0f) {
        taking.add(slots.get(i));
      }
    }
    return taking;
  }

  /** Mean and variance arrays, named {@code name.mean} and {@code name.variance}. */
  public NDList state() {
    NDList list = new NDList();
    for (Slot slot : slots) {
      slot.mean.setName(slot.name + ".mean");
      slot.variance.setName(slot.name + ".variance");
      list.add(slot.mean);
      list.add(slot.variance);
    }
    return list;
  }

  /** Update counts by parameter name. */
  public Map<String, Long> updates() {
    Map<String, Long> counts = new LinkedHashMap<>();
    slots.forEach(s -> counts.put(s.name, s.updates));
    return counts;
  }

  /** Restores state saved by {@link #state()} and {@link #updates()}. */
  public void restore(NDList state, Map<String, Long> updates) {
    Map<String, NDArray> byName = new LinkedHashMap<>();
    state.forEach(a -> byName.put(a.getName(), a));
    for (Slot slot : slots) {
      copy(byName.get(slot.name + ".mean"), slot.mean, slot.name);
      copy(byName.get(slot.name + ".variance"), slot.variance, slot.name);
      slot.updates = updates.getOrDefault(slot.name, 0L);
    }
  }

  private static void copy(NDArray from, NDArray to, String name) {
    if (from == null || !from.getShape().equals(to.getShape())) {
      throw new IllegalStateException("optimiser state does not match parameter " + name);
    }
    Tensors.copyInto(from, to);
  }
}
