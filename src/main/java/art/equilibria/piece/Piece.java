package art.equilibria.piece;

import java.util.List;
import java.util.Map;

/**
 * An artist's piece: the networks, the loss terms each one is trained with, the schedule and the
 * render. Built by {@link PieceReader}; every field is validated and defaulted there.
 *
 * @param networks networks by name, in file order (generators and exactly one discriminator)
 * @param terms the terms each network is trained with, by network name, in file order
 * @param guard what counts as explosion or collapse, and what to do about it
 * @param search how `./equilibria search` searches runs of the piece by default
 */
public record Piece(
    String title,
    String notes,
    long seed,
    Map<String, NetworkSpec> networks,
    Map<String, List<TermSpec>> terms,
    Schedule schedule,
    Snapshots snapshots,
    Checkpoints checkpoints,
    RenderSpec render,
    GuardSpec guard,
    SearchSettings search) {

  /** Generator names in file order. */
  public List<String> generators() {
    return networks.entrySet().stream()
        .filter(e -> e.getValue() instanceof GeneratorSpec)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The name of the one discriminator. */
  public String discriminator() {
    return networks.entrySet().stream()
        .filter(e -> e.getValue() instanceof DiscriminatorSpec)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  public GeneratorSpec generator(String name) {
    return (GeneratorSpec) networks.get(name);
  }

  public DiscriminatorSpec discriminatorSpec() {
    return (DiscriminatorSpec) networks.get(discriminator());
  }

  public List<TermSpec> termsOf(String network) {
    return terms.getOrDefault(network, List.of());
  }

  /** The same piece with another seed (a command-line override). */
  public Piece withSeed(long newSeed) {
    return new Piece(
        title,
        notes,
        newSeed,
        networks,
        terms,
        schedule,
        snapshots,
        checkpoints,
        render,
        guard,
        search);
  }
}
