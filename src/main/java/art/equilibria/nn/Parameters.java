package art.equilibria.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The named arrays of one network on a long-lived manager: trainable parameters, and buffers (fixed
 * noise) that are saved but never trained. Values are drawn from a Java generator seeded by the
 * network's seed and the parameter's name, so a network is the same on every device and does not
 * depend on the order its layers were built in. Arrays are named {@code network/layer.parameter},
 * unique across the ensemble, which is how checkpoints find them.
 */
public final class Parameters implements AutoCloseable {
  /** Runs made before StyleGAN v1 became the default name no synthesis in their piece. */
  private static final String LEGACY_HINT =
      " (a run made before StyleGAN v1 became the default? give its generators synthesis:"
          + " stylegan2, noise: image and output: tanh in the run's piece.yaml)";

  private final NDManager manager;
  private final String network;
  private final long seed;
  private final Map<String, NDArray> trainable = new LinkedHashMap<>();
  private final Map<String, NDArray> buffers = new LinkedHashMap<>();
  private final Map<Double, NDArray> scalars = new HashMap<>();
  private final Map<String, NDArray> frozen = new HashMap<>();
  private boolean recording;

  public Parameters(NDManager parent, Device device, String network, long seed) {
    this.manager = parent.newSubManager(device);
    this.network = network;
    this.seed = seed;
  }

  /**
   * A trainable array drawn from N(0, std²); equalised learning rate scales it at run time, so std
   * is 1 except where a learning-rate multiplier is folded in.
   */
  public NDArray normal(String name, Shape shape, double std) {
    return register(trainable, name, randomNormal(name, shape, std));
  }

  /** A trainable array filled with one value. */
  public NDArray constant(String name, Shape shape, float value) {
    return register(
        trainable, name, manager.full(shape, value, DataType.FLOAT32, manager.getDevice()));
  }

  /** A saved, untrained array filled with one value. */
  public NDArray constantBuffer(String name, Shape shape, float value) {
    return register(
        buffers, name, manager.full(shape, value, DataType.FLOAT32, manager.getDevice()));
  }

  /** A saved, untrained array drawn from N(0, 1). */
  public NDArray normalBuffer(String name, Shape shape) {
    return register(buffers, name, randomNormal(name, shape, 1));
  }

  /**
   * A constant scalar on this network's device, made once and kept with the network: layers
   * multiply by their gains at every call, and a scalar made per call would be one more libtorch
   * operation each time. Neither trained nor saved.
   */
  public NDArray scalar(double value) {
    return scalars.computeIfAbsent(
        value,
        v -> {
          NDArray s =
              manager.full(new Shape(), v.floatValue(), DataType.FLOAT32, manager.getDevice());
          // Made lazily, perhaps inside a step's scope, which must not free it.
          NDScope.unregister(s);
          return s;
        });
  }

  /**
   * A constant array on this network's device (a fixed filter), made once and kept with the network
   * like {@link #scalar}. Neither trained nor saved.
   */
  public NDArray fixed(float[] values, Shape shape) {
    NDArray a = manager.create(values, shape).toDevice(manager.getDevice(), false);
    // Made where a scope may be open, which must not free it.
    NDScope.unregister(a);
    return a;
  }

  /**
   * An array computed from this network's trainable arrays alone (a gain-scaled kernel, its
   * energy). While the network is not being trained nothing can change them, so the array is made
   * once and kept until gradients are recorded again or a checkpoint is loaded: a frozen network's
   * forward passes (the discriminator during a generator's update, both generators during the
   * discriminator's, every render and search) skip those operations and give the same numbers.
   *
   * @param name unique within the network, as the layer's parameters are
   */
  public Supplier<NDArray> derived(String name, Supplier<NDArray> make) {
    return () -> {
      if (recording) {
        return make.get();
      }
      // The player's generation workers render with the same networks at once.
      synchronized (frozen) {
        NDArray kept = frozen.get(name);
        if (kept == null) {
          kept = make.get();
          // Made inside a step's or a frame's scope, which must not free it.
          NDScope.unregister(kept);
          kept.attach(manager);
          frozen.put(name, kept);
        }
        return kept;
      }
    };
  }

  private void forgetDerived() {
    synchronized (frozen) {
      frozen.values().forEach(NDArray::close);
      frozen.clear();
    }
  }

  private float[] draws(String name, long count, double std) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + name.hashCode());
    float[] values = new float[Math.toIntExact(count)];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) (random.nextGaussian() * std);
    }
    return values;
  }

  private NDArray randomNormal(String name, Shape shape, double std) {
    return manager
        .create(draws(name, shape.size(), std), shape)
        .toDevice(manager.getDevice(), false);
  }

  private NDArray register(Map<String, NDArray> into, String name, NDArray array) {
    if (trainable.containsKey(name) || buffers.containsKey(name)) {
      throw new IllegalArgumentException("parameter defined twice: " + name);
    }
    array.setName(network + "/" + name);
    into.put(name, array);
    return array;
  }

  public Map<String, NDArray> trainable() {
    return Collections.unmodifiableMap(trainable);
  }

  public NDManager manager() {
    return manager;
  }

  /** Turns gradient recording for every trainable array on or off. */
  public void requireGradients(boolean on) {
    if (on) {
      forgetDerived();
    }
    recording = on;
    for (NDArray array : trainable.values()) {
      if (array.hasGradient() != on) {
        array.setRequiresGradient(on);
      }
    }
  }

  /** All arrays, trainable then buffers, named, for a checkpoint. */
  public NDList toList() {
    NDList list = new NDList();
    list.addAll(trainable.values());
    list.addAll(buffers.values());
    return list;
  }

  /** Copies saved values into the existing arrays, in place, so gradients stay attached. */
  public void load(NDList saved) {
    forgetDerived();
    Map<String, NDArray> byName = new LinkedHashMap<>();
    for (NDArray array : saved) {
      byName.put(array.getName(), array);
    }
    for (Map<String, NDArray> group : java.util.List.of(trainable, buffers)) {
      for (Map.Entry<String, NDArray> e : group.entrySet()) {
        NDArray value = byName.get(e.getValue().getName());
        if (value == null || !value.getShape().equals(e.getValue().getShape())) {
          throw new IllegalStateException(
              "checkpoint does not match the network: "
                  + e.getValue().getName()
                  + (value == null
                      ? " is missing"
                      : " has shape " + value.getShape() + ", expected " + e.getValue().getShape())
                  + LEGACY_HINT);
        }
        Tensors.copyInto(value, e.getValue());
      }
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
