package art.equilibria.piece;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the piece reader needs to know about the registered loss terms, so a piece is checked
 * against the terms actually on the class path (including an artist's own).
 */
public interface TermCatalogue {

  /** Registered term names, sorted. */
  List<String> names();

  /** The rules of a term, or empty when no term of that name is registered. */
  Optional<Rules> rules(String name);

  /**
   * @param trains the kinds of network the term can train
   * @param options the options the term accepts
   */
  record Rules(Set<NetworkKind> trains, List<TermOption> options) {}
}
