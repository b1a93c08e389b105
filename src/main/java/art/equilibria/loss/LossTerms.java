package art.equilibria.loss;

import art.equilibria.piece.TermCatalogue;
import java.security.CodeSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The loss terms on the class path, by name: the built-in ones and any an artist adds. */
public final class LossTerms implements TermCatalogue {
  private final Map<String, LossTerm> byName = new TreeMap<>();

  private LossTerms(ClassLoader loader) {
    for (LossTerm term : ServiceLoader.load(LossTerm.class, loader)) {
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
    static final LossTerms INSTANCE = new LossTerms(Thread.currentThread().getContextClassLoader());
  }

  /** The terms on this process's class path: Equilibria's own and the plug-ins' beside it. */
  public static LossTerms installed() {
    return Holder.INSTANCE;
  }

  /** The terms a class loader finds (a plug-in's own tests load its jar this way). */
  public static LossTerms loadedBy(ClassLoader loader) {
    return new LossTerms(loader);
  }

  /**
   * The terms that come from outside Equilibria's own code (plug-ins), by name, each with the jar
   * or folder it was loaded from.
   */
  public Map<String, String> plugIns() {
    Map<String, String> found = new TreeMap<>();
    String own = origin(LossTerms.class);
    byName.forEach(
        (name, term) -> {
          String from = origin(term.getClass());
          if (!from.equals(own)) {
            found.put(name, from);
          }
        });
    return found;
  }

  private static String origin(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return source == null || source.getLocation() == null
        ? "unknown"
        : source.getLocation().getPath();
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
