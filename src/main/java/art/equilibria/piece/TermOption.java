package art.equilibria.piece;

import java.util.List;

/**
 * One option a loss term accepts under {@code options:}: a number within bounds, or one word of a
 * few. The piece reader checks values against it, so a wrong one is refused when the piece is read
 * rather than at the first step (or never).
 *
 * @param choices the accepted words; empty for a number
 */
public record TermOption(String name, double min, double max, List<String> choices) {

  public TermOption {
    choices = List.copyOf(choices);
  }

  public static TermOption number(String name, double min, double max) {
    return new TermOption(name, min, max, List.of());
  }

  public static TermOption choice(String name, List<String> choices) {
    return new TermOption(name, 0, 0, choices);
  }

  public boolean isChoice() {
    return !choices.isEmpty();
  }

  /** What the option takes, for messages and help: "a number from 0 to 10" or "a or b". */
  public String describe() {
    return isChoice()
        ? String.join(" or ", choices)
        : "a number from " + YamlFields.format(min) + " to " + YamlFields.format(max);
  }
}
