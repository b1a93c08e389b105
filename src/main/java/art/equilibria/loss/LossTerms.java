package art.equilibria.loss;

import art.equilibria.piece.TermCatalogue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The loss terms on the class path, by name: the built-in ones and any an artist adds. */
public final class LossTerms implements TermCatalogue {
  private final Map<String, LossTerm> byName = new TreeMap<>();

  private LossTerms() {
    for (LossTerm term : ServiceLoader.load(LossTerm.class)) {
      LossTerm previous = byName.put(term.name(), term);
      if (previous != null) {
        throw new IllegalStateException(
            "two loss terms are named '"
                + term.name()
                + "': "
                + previous.getClass().getName()
                + " and "
                + term.getClass().getName());
      }
    }
  }

  private static final class Holder {
    static final LossTerms INSTANCE = new LossTerms();
  }

  public static LossTerms installed() {
    return Holder.INSTANCE;
  }

  public LossTerm get(String name) {
    LossTerm term = byName.get(name);
    if (term == null) {
      throw new IllegalArgumentException("no loss term named '" + name + "'");
    }
    return term;
  }

  public List<LossTerm> all() {
    return List.copyOf(byName.values());
  }

  @Override
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  @Override
  public Optional<Rules> rules(String name) {
    return Optional.ofNullable(byName.get(name)).map(t -> new Rules(t.trains(), t.options()));
  }
}
