package art.equilibria.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import art.equilibria.nn.Parameters;
import art.equilibria.nn.Tensors;
import art.equilibria.piece.Optimiser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam for one network, with its state held here by parameter name so a checkpoint can save and
 * restore it exactly (DJL's own Adam keeps it private). The arithmetic is libtorch's fused update.
 * A parameter whose gradient is exactly zero took no part in the step (a layer of another
 * resolution) and is skipped, as PyTorch skips parameters without a gradient.
 */
public final class Adam {
  private final Optimiser settings;
  private final List<Slot> slots = new ArrayList<>();
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
   * @return the global L2 norm of the gradient
   */
  public double step() {
    List<NDArray> grads = new ArrayList<>(slots.size());
    List<NDArray> squares = new ArrayList<>(slots.size());
    for (Slot slot : slots) {
      NDArray grad = slot.weight.getGradient();
      grads.add(grad);
      squares.add(grad.square().sum());
    }
    float[] perParameter = Tensors.values(squares);
    double total = 0;
    float b1 = (float) settings.beta1();
    float b2 = (float) settings.beta2();
    for (int i = 0; i < slots.size(); i++) {
      total += perParameter[i];
      if (perParameter[i] == 0f) {
        continue;
      }
      Slot slot = slots.get(i);
      slot.updates++;
      double lr = settings.lr() * learningRateScale;
      double corrected =
          lr * Math.sqrt(1 - Math.pow(b2, slot.updates)) / (1 - Math.pow(b1, slot.updates));
      slot.weight
          .getNDArrayInternal()
          .adamUpdate(
              new NDList(slot.weight, grads.get(i), slot.mean, slot.variance),
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
    return Math.sqrt(total);
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
