package art.equilibria.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
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
 * restore it exactly (DJL's own Adam keeps it private). The arithmetic is libtorch's fused update.
 * A parameter that takes no part in an update (a layer of another resolution) is skipped, as
 * PyTorch skips parameters without a gradient. Which parameters take part depends only on the
 * update's phase (its resolution, fade and terms), so it is read off the gradients once per phase
 * (those exactly zero) and remembered: reading it every update cost two libtorch operations per
 * parameter of the whole network.
 */
public final class Adam {
  private final Optimiser settings;
  private final List<Slot> slots = new ArrayList<>();
  private final Map<Object, List<Slot>> takingPart = new HashMap<>();
  private double learningRateScale = 1;

  private static final class Slot {
    final String name;
    final NDArray weight;
    final NDArray mean;
    final NDArray variance;
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
    NDList grads = new NDList(taking.size());
    taking.forEach(slot -> grads.add(slot.weight.getGradient()));
    // Computed the same way whether or not the phase was new: a resumed run logs the same norms.
    double norm = taking.isEmpty() ? 0 : Math.sqrt(squaredNorm(grads));
    for (int i = 0; i < taking.size(); i++) {
      update(taking.get(i), grads.get(i));
    }
    return norm;
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

  /** The squared norm of several gradients together, in three libtorch operations. */
  private static double squaredNorm(NDList grads) {
    NDList flat = new NDList(grads.size());
    grads.forEach(g -> flat.add(g.reshape(-1)));
    return NDArrays.concat(flat).square().sum().getFloat();
  }

  private void update(Slot slot, NDArray grad) {
    float b1 = (float) settings.beta1();
    float b2 = (float) settings.beta2();
    slot.updates++;
    double lr = settings.lr() * learningRateScale;
    double corrected =
        lr * Math.sqrt(1 - Math.pow(b2, slot.updates)) / (1 - Math.pow(b1, slot.updates));
    slot.weight
        .getNDArrayInternal()
        .adamUpdate(
            new NDList(slot.weight, grad, slot.mean, slot.variance),
            new NDList(slot.weight),
            (float) lr,
            (float) corrected,
            0f,
            1f,
            -1f,
            b1,
            b2,
            (float) settings.epsilon(),
            false,
            false);
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
