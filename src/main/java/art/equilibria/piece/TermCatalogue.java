package art.equilibria.piece;

import java.util.EnumSet;
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
   * @param checked false for a term known only by name: its options are kept as written
   */
  record Rules(Set<NetworkKind> trains, List<TermOption> options, boolean checked) {
    public Rules(Set<NetworkKind> trains, List<TermOption> options) {
      this(trains, options, true);
    }
  }

  /**
   * For reading back the piece a finished run trained with: the installed terms, and any other name
   * as a term whose plug-in is not here (any network, options as written). Rendering, watching and
   * showing a run need only its render block, never the terms' code.
   */
  static TermCatalogue forFinishedRuns(TermCatalogue installed) {
    return new TermCatalogue() {
      @Override
      public List<String> names() {
        return installed.names();
      }

      @Override
      public Optional<Rules> rules(String name) {
        return Optional.of(
            installed
                .rules(name)
                .orElse(new Rules(EnumSet.allOf(NetworkKind.class), List.of(), false)));
      }
    };
  }
}
