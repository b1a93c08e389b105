package art.equilibria.piece;

import static art.equilibria.piece.NetworkKind.DISCRIMINATOR;
import static art.equilibria.piece.NetworkKind.GENERATOR;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The seven shipped terms' rules, so piece tests do not depend on the training code. */
final class FakeTerms implements TermCatalogue {

  private static final Set<NetworkKind> BOTH = Set.of(GENERATOR, DISCRIMINATOR);
  private static final List<TermOption> DISTANCE =
      List.of(
          TermOption.number("margin", 0, 10000),
          TermOption.choice("distance", List.of("cosine", "euclidean")));

  // After the sets above: static fields initialise in order.
  static final FakeTerms CATALOGUE = new FakeTerms();

  private final Map<String, Rules> rules =
      new TreeMap<>(
          Map.of(
              "adversarial", new Rules(BOTH, List.of()),
              "diametric", new Rules(Set.of(DISCRIMINATOR), List.of()),
              "colour-variance", new Rules(Set.of(GENERATOR), List.of()),
              "cosine", new Rules(Set.of(GENERATOR), List.of()),
              "euclidean", new Rules(Set.of(GENERATOR), List.of()),
              "contrastive", new Rules(BOTH, DISTANCE),
              "triplet", new Rules(BOTH, DISTANCE)));

  @Override
  public List<String> names() {
    return List.copyOf(rules.keySet());
  }

  @Override
  public Optional<Rules> rules(String name) {
    return Optional.ofNullable(rules.get(name));
  }
}
