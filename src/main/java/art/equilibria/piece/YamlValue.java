package art.equilibria.piece;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One node of a piece file, read as a typed value. It knows its file, dotted path and line, so any
 * problem with it becomes a {@link PieceException} that points at the spot.
 *
 * <p>Numbers are recognised from the text rather than from YAML's tags, so {@code "10"} in quotes
 * still reads as ten, and YAML 1.1 oddities (sexagesimal {@code 1:30}, hex) are refused instead of
 * silently turned into surprising values.
 */
final class YamlValue {

  /** Every underscore follows a digit: the only place YAML 1.1 allows one in a number. */
  private static final Pattern UNDERSCORE_AFTER_DIGIT = Pattern.compile("[^_]*(?:[0-9]_+[^_]*)*");

  private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
  private static final Pattern INFINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
  private static final Pattern NOT_A_NUMBER = Pattern.compile("\\.(nan|NaN|NAN)");

  private final String file;
  private final String path;
  private final int line;
  private final Node node;

  /**
   * @param line 1-based line the value is reported at: its key's line in a map, its own in a list
   * @param node the YAML node, null for a value that is not there
   */
  YamlValue(String file, String path, int line, Node node) {
    this.file = file;
    this.path = path;
    this.line = line;
    this.node = node;
  }

  String file() {
    return file;
  }

  String path() {
    return path;
  }

  int line() {
    return line;
  }

  Node node() {
    return node;
  }

  PieceException error(String problem) {
    return new PieceException(file, line, path, problem);
  }

  /** An empty value ({@code key:} with nothing after it, or {@code ~}). */
  boolean isNull() {
    return node == null || (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL));
  }

  boolean isScalar() {
    return node instanceof ScalarNode && !isNull();
  }

  String text() throws PieceException {
    if (!isScalar()) {
      throw error("expected text, got " + describe());
    }
    return ((ScalarNode) node).getValue();
  }

  long whole() throws PieceException {
    String text = numberText();
    if (!WHOLE.matcher(text).matches()) {
      throw error("expected a whole number, got " + describe());
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException tooLong) {
      throw error(
          text
              + " is out of range; use a whole number from "
              + Long.MIN_VALUE
              + " to "
              + Long.MAX_VALUE);
    }
  }

  /**
   * A number; {@code .inf} and {@code .nan} are read too, so callers can say why they are wrong.
   */
  double number() throws PieceException {
    String text = numberText();
    if (WHOLE.matcher(text).matches() || DECIMAL.matcher(text).matches()) {
      return Double.parseDouble(text);
    }
    if (INFINITE.matcher(text).matches()) {
      return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (NOT_A_NUMBER.matcher(text).matches()) {
      return Double.NaN;
    }
    throw error("expected a number, got " + describe());
  }

  /** The scalar with YAML 1.1's digit separators (1_000, not _10) taken out; "" for others. */
  private String numberText() {
    String raw = isScalar() ? ((ScalarNode) node).getValue() : "";
    return UNDERSCORE_AFTER_DIGIT.matcher(raw).matches() ? raw.replace("_", "") : raw;
  }

  /** Whether the value reads as a number, so free-form options can keep numbers as numbers. */
  boolean isNumber() {
    try {
      number();
      return true;
    } catch (PieceException notANumber) {
      return false;
    }
  }

  boolean bool() throws PieceException {
    String text = isScalar() ? ((ScalarNode) node).getValue().toLowerCase(Locale.ROOT) : "";
    return switch (text) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw error("expected true or false, got " + describe());
    };
  }

  /** The items of a list; an empty value is an empty list. */
  List<YamlValue> items() throws PieceException {
    if (isNull()) {
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      throw error("expected a list, got " + describe());
    }
    List<YamlValue> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      String itemPath = path + "[" + items.size() + "]";
      items.add(new YamlValue(file, itemPath, item.getStartMark().getLine() + 1, item));
    }
    return items;
  }

  boolean isMap() {
    return node instanceof MappingNode;
  }

  /** How the value looks, for "expected X, got Y" messages. */
  String describe() {
    if (isNull()) {
      return "nothing";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof MappingNode) {
      return "a map of fields";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }
}
