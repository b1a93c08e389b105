package art.equilibria.piece;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The fields of one YAML map, in file order, with typed accessors that apply defaults and check
 * ranges. Unknown and repeated fields are refused when the block is opened, so a typo never passes
 * silently as a default.
 */
final class YamlFields {

  private final YamlValue block;
  private final Map<String, YamlValue> values;

  private YamlFields(YamlValue block, Map<String, YamlValue> values) {
    this.block = block;
    this.values = values;
  }

  /**
   * Opens a block whose field names are fixed. An empty value is an empty block.
   *
   * @param what the block in words, for messages ("schedule", "a generator")
   */
  static YamlFields of(YamlValue block, String what, List<String> allowed) throws PieceException {
    YamlFields fields = named(block, "(" + String.join(", ", allowed) + ")");
    for (Map.Entry<String, YamlValue> field : fields.values.entrySet()) {
      if (!allowed.contains(field.getKey())) {
        throw field
            .getValue()
            .error(
                "unknown field '"
                    + field.getKey()
                    + "'; allowed in "
                    + what
                    + ": "
                    + String.join(", ", allowed));
      }
    }
    return fields;
  }

  /** Opens a map whose keys are free (network names, term options). */
  static YamlFields free(YamlValue block, String expected) throws PieceException {
    return named(block, expected);
  }

  private static YamlFields named(YamlValue block, String expected) throws PieceException {
    Map<String, YamlValue> values = new LinkedHashMap<>();
    if (block.isNull()) {
      return new YamlFields(block, values);
    }
    if (!(block.node() instanceof MappingNode map)) {
      throw block.error("expected a map of fields " + expected + ", got " + block.describe());
    }
    List<NodeTuple> merges = new ArrayList<>();
    for (NodeTuple tuple : map.getValue()) {
      int line = tuple.getKeyNode().getStartMark().getLine() + 1;
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw new PieceException(
            block.file(),
            line,
            block.path(),
            "a field name must be a plain word, not a list or map");
      }
      if (key.getTag().equals(Tag.MERGE)) {
        merges.add(tuple);
        continue;
      }
      String path = block.path().isEmpty() ? key.getValue() : block.path() + "." + key.getValue();
      YamlValue value = new YamlValue(block.file(), path, line, tuple.getValueNode());
      YamlValue first = values.putIfAbsent(key.getValue(), value);
      if (first != null) {
        throw value.error("given twice (also on line " + first.line() + "); keep one");
      }
    }
    for (NodeTuple merge : merges) {
      merge(block, merge, values, expected);
    }
    return new YamlFields(block, values);
  }

  /**
   * A YAML merge key ({@code <<: *shared}) lets two networks share settings; fields written in the
   * block itself win over merged ones, and earlier merged maps over later ones.
   */
  private static void merge(
      YamlValue block, NodeTuple merge, Map<String, YamlValue> values, String expected)
      throws PieceException {
    int line = merge.getKeyNode().getStartMark().getLine() + 1;
    List<Node> sources =
        merge.getValueNode() instanceof SequenceNode list
            ? list.getValue()
            : List.of(merge.getValueNode());
    for (Node source : sources) {
      if (!(source instanceof MappingNode)) {
        throw new PieceException(
            block.file(),
            line,
            block.path(),
            "'<<' merges a map of fields; write <<: *name, where &name marks a map");
      }
      YamlValue shared = new YamlValue(block.file(), block.path(), line, source);
      // Reported at the merge, where the field enters this block.
      for (Map.Entry<String, YamlValue> field : named(shared, expected).values.entrySet()) {
        YamlValue value = field.getValue();
        values.putIfAbsent(
            field.getKey(), new YamlValue(value.file(), value.path(), line, value.node()));
      }
    }
  }

  /** These fields with others laid over them (command-line overrides over a piece's own). */
  YamlFields overriddenBy(YamlFields over) {
    Map<String, YamlValue> merged = new LinkedHashMap<>(values);
    merged.putAll(over.values);
    return new YamlFields(block, merged);
  }

  /** The block itself, for problems that concern it as a whole. */
  YamlValue block() {
    return block;
  }

  /** Every field, by name, in file order. */
  Map<String, YamlValue> all() {
    return Collections.unmodifiableMap(values);
  }

  Optional<YamlValue> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** A field that must be there; a missing one is reported at the block's line. */
  YamlValue require(String name, String hint) throws PieceException {
    YamlValue value = values.get(name);
    if (value == null) {
      throw missing(name, hint);
    }
    return value;
  }

  PieceException missing(String name, String hint) {
    return new PieceException(block.file(), block.line(), child(name), "missing; " + hint);
  }

  /** A field's path, whether or not the field is there. */
  String child(String name) {
    return block.path().isEmpty() ? name : block.path() + "." + name;
  }

  /** Text that must be one of a few words. */
  String choice(String name, String fallback, List<String> allowed) throws PieceException {
    YamlValue value = values.get(name);
    if (value == null) {
      return fallback;
    }
    String text = value.text();
    if (!allowed.contains(text)) {
      throw value.error(
          "unknown " + name + " '" + text + "'; use one of " + String.join(", ", allowed));
    }
    return text;
  }

  /** One of an enum's constants, written as its {@link Keys#of key}. */
  <E extends Enum<E>> E choice(String name, E fallback) throws PieceException {
    E[] all = fallback.getDeclaringClass().getEnumConstants();
    List<String> keys = Arrays.stream(all).map(Keys::of).toList();
    return all[keys.indexOf(choice(name, Keys.of(fallback), keys))];
  }

  boolean bool(String name, boolean fallback) throws PieceException {
    YamlValue value = values.get(name);
    return value == null ? fallback : value.bool();
  }

  long whole(String name, long fallback, long min, long max, String why) throws PieceException {
    YamlValue value = values.get(name);
    if (value == null) {
      return fallback;
    }
    long whole = value.whole();
    if (whole < min || whole > max) {
      throw value.error(whole + " is " + outOfRange(whole, min, max) + why(why));
    }
    return whole;
  }

  int integer(String name, int fallback, int min, int max) throws PieceException {
    return integer(name, fallback, min, max, "");
  }

  int integer(String name, int fallback, int min, int max, String why) throws PieceException {
    return (int) whole(name, fallback, min, max, why);
  }

  /** A finite number in [min, max]. */
  double number(String name, double fallback, double min, double max) throws PieceException {
    YamlValue value = values.get(name);
    if (value == null) {
      return fallback;
    }
    double number = finite(value);
    if (number < min || number > max) {
      throw value.error(
          format(number) + " is out of range; use " + format(min) + " to " + format(max));
    }
    return number;
  }

  /** A finite number above zero. */
  double positive(String name, double fallback) throws PieceException {
    YamlValue value = values.get(name);
    if (value == null) {
      return fallback;
    }
    double number = finite(value);
    if (number <= 0) {
      throw value.error(format(number) + " is too small; use a number above 0");
    }
    return number;
  }

  static double finite(YamlValue value) throws PieceException {
    double number = value.number();
    if (!Double.isFinite(number)) {
      throw value.error(value.describe() + " is not a finite number; use an ordinary number");
    }
    return number;
  }

  /** A number as an artist wrote it: 2 rather than 2.0. */
  static String format(double number) {
    return number == Math.rint(number) && Math.abs(number) < 1e15
        ? Long.toString((long) number)
        : Double.toString(number);
  }

  private static String outOfRange(long value, long min, long max) {
    boolean noMin = min == Integer.MIN_VALUE || min == Long.MIN_VALUE;
    boolean noMax = max == Integer.MAX_VALUE || max == Long.MAX_VALUE;
    if (value > max && (noMax || noMin)) {
      return "too large; use at most " + max;
    }
    if (noMax) {
      return "too small; use at least " + min;
    }
    if (noMin) {
      return "too large; use at most " + max;
    }
    return "out of range; use " + min + " to " + max;
  }

  private static String why(String why) {
    return why.isEmpty() ? "" : " (" + why + ")";
  }
}
