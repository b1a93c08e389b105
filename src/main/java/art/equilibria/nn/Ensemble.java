package art.equilibria.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import art.equilibria.piece.GeneratorSpec;
import art.equilibria.piece.Piece;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generators and the discriminator of a piece, built on one device. Each network's weights are
 * drawn from the piece's seed and the network's name, so the same piece gives the same starting
 * point everywhere.
 */
public final class Ensemble implements AutoCloseable {
  private final NDManager manager;
  private final Map<String, Generator> generators = new LinkedHashMap<>();
  private final String discriminatorName;
  private final Discriminator discriminator;
  private final Map<String, Parameters> parameters = new LinkedHashMap<>();

  public Ensemble(Piece piece, Device device) {
    this.manager = NDManager.newBaseManager(device);
    int finalResolution = piece.schedule().finalResolution();
    for (String name : piece.generators()) {
      GeneratorSpec spec = piece.generator(name);
      Generator generator =
          new Generator(spec, parametersFor(piece, name, device), finalResolution);
      generators.put(name, generator);
    }
    this.discriminatorName = piece.discriminator();
    this.discriminator =
        new Discriminator(
            piece.discriminatorSpec(),
            parametersFor(piece, discriminatorName, device),
            finalResolution,
            generators.size());
  }

  private Parameters parametersFor(Piece piece, String network, Device device) {
    Parameters params =
        new Parameters(manager, device, network, piece.seed() * 31 + network.hashCode());
    parameters.put(network, params);
    return params;
  }

  public NDManager manager() {
    return manager;
  }

  public List<String> generatorNames() {
    return List.copyOf(generators.keySet());
  }

  public Generator generator(String name) {
    return generators.get(name);
  }

  public String discriminatorName() {
    return discriminatorName;
  }

  public Discriminator discriminator() {
    return discriminator;
  }

  /** Every network's parameters by network name, generators first. */
  public Map<String, Parameters> parameters() {
    return parameters;
  }

  public boolean isGenerator(String network) {
    return generators.containsKey(network);
  }

  /**
   * Records gradients for one network only: the other networks still pass gradients through to it,
   * but receive none themselves, so a term's gradient reaches only the network it trains.
   */
  public void trainOnly(String network) {
    parameters.forEach((name, params) -> params.requireGradients(name.equals(network)));
  }

  /** Every network's arrays, named {@code network/parameter}, for a checkpoint. */
  public NDList state() {
    NDList all = new NDList();
    parameters.values().forEach(p -> all.addAll(p.toList()));
    return all;
  }

  /** Whether every parameter is finite: a checkpoint of a state that blew up is worth nothing. */
  public boolean isFinite() {
    try (NDScope scope = new NDScope()) {
      List<NDArray> energies = new ArrayList<>();
      parameters
          .values()
          .forEach(p -> p.trainable().values().forEach(a -> energies.add(a.square().sum())));
      double sum = 0;
      for (float e : Tensors.values(energies)) {
        sum += e;
      }
      return Double.isFinite(sum);
    }
  }

  /** Loads arrays saved by {@link #state()} into this ensemble, in place. */
  public void load(NDList saved) {
    freeze();
    parameters.values().forEach(p -> p.load(saved));
  }

  /** Stops recording gradients for every network (inference). */
  public void freeze() {
    parameters.values().forEach(p -> p.requireGradients(false));
  }

  @Override
  public void close() {
    manager.close();
  }
}
