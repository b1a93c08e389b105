package art.equilibria.piece;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Piece fields set on the command line ({@code --set schedule.batch=16}, {@code --set
 * terms.g1[1].weight=2}). Each value is written into the piece's text where the field is (or added
 * to its block), so the reader checks it exactly as if the file held it, and the run freezes the
 * piece it really trained, with a closing comment saying what was set.
 */
public final class PieceSettings {
  /** The option's name, as messages give it. */
  public static final String OPTION = "--set";

  private static final Pattern SETTING = Pattern.compile("([^=\\s]+)=(.*)", Pattern.DOTALL);
  private static final Pattern STEP = Pattern.compile("([A-Za-z0-9_-]+)((?:\\[\\d{1,6}\\])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

  /** One field set: the option that set it, its path as written and its value as YAML text. */
  private record Setting(String option, String field, List<Object> path, String value) {
    String given() {
      return option + " " + field + "=" + value;
    }
  }

  private final List<Setting> settings;

  private PieceSettings(List<Setting> settings) {
    this.settings = settings;
  }

  /** No field set. */
  public static PieceSettings none() {
    return new PieceSettings(List.of());
  }

  /**
   * Reads {@code FIELD=VALUE} arguments.
   *
   * @throws PieceException naming the argument when it is not a field path and one YAML value
   */
  public static PieceSettings parse(List<String> given) throws PieceException {
    return parse(given, OPTION);
  }

  /**
   * Reads {@code FIELD=VALUE} arguments given by another option ({@code --vary} gives one value of
   * its list at a time), which messages name.
   */
  public static PieceSettings parse(List<String> given, String option) throws PieceException {
    List<Setting> settings = new ArrayList<>();
    for (String argument : given) {
      Matcher m = SETTING.matcher(argument);
      if (!m.matches()) {
        throw refused(
            option,
            argument,
            "write FIELD=VALUE, for example schedule.batch=16 or terms.g1[0].weight=2");
      }
      String field = m.group(1);
      String value = m.group(2).strip();
      List<Object> path = path(option, argument, field);
      if (value.isEmpty() || value.contains("\n")) {
        throw refused(
            option, argument, "give the value on one line after '=', for example " + field + "=2");
      }
      try {
        new Yaml().compose(new StringReader(value));
      } catch (RuntimeException e) {
        throw refused(
            option,
            argument,
            "the value is not one YAML value; quote text with spaces or colons, write lists as"
                + " [a, b] and blocks as {key: value}");
      }
      settings.add(new Setting(option, field, path, value));
    }
    return new PieceSettings(List.copyOf(settings));
  }

  private static List<Object> path(String option, String argument, String field)
      throws PieceException {
    List<Object> path = new ArrayList<>();
    for (String step : field.split("\\.", -1)) {
      Matcher m = STEP.matcher(step);
      if (!m.matches()) {
        throw refused(
            option,
            argument,
            "'"
                + field
                + "' is not a field path; write names joined by dots, with [n] for the n-th entry"
                + " of a list (from 0): schedule.batch, terms.g1[1].weight");
      }
      path.add(m.group(1));
      Matcher index = INDEX.matcher(m.group(2));
      while (index.find()) {
        path.add(Integer.parseInt(index.group(1)));
      }
    }
    return path;
  }

  public boolean isEmpty() {
    return settings.isEmpty();
  }

  /**
   * The piece with every field set, read from the same path: what is trained and frozen.
   *
   * @throws PieceException when a path leads through a value or past the end of a list
   */
  public Applied applyTo(PieceFile file) throws PieceException {
    return applyTo(file, "set on the command line");
  }

  /**
   * The piece with every field set, its closing comment saying {@code # NOTE: FIELD=VALUE …}.
   *
   * @param note where the values came from, e.g. {@code set on the command line}
   */
  public Applied applyTo(PieceFile file, String note) throws PieceException {
    if (settings.isEmpty()) {
      return new Applied(file, List.of(), settings);
    }
    String text = file.text();
    List<Integer> added = new ArrayList<>();
    for (Setting setting : settings) {
      Node root = YamlDocument.root(text, file.name()).node();
      Edit edit = edit(setting, root, text);
      text = text.substring(0, edit.at()) + edit.text() + text.substring(edit.end());
      if (edit.addedLine() > 0) {
        // Lines already added below this one move down by one.
        added.replaceAll(line -> line >= edit.addedLine() ? line + 1 : line);
        added.add(edit.addedLine());
      }
    }
    StringBuilder out = new StringBuilder(text);
    if (!text.endsWith("\n")) {
      out.append('\n');
    }
    out.append("# ").append(note).append(':');
    settings.forEach(s -> out.append(' ').append(s.given()));
    out.append('\n');
    return new Applied(
        file.withBytes(out.toString().getBytes(StandardCharsets.UTF_8)),
        List.copyOf(added),
        settings);
  }

  /** A change of the text: {@code text} replaces [at, end); a new line's number, or 0. */
  private record Edit(int at, int end, String text, int addedLine) {}

  private static Edit edit(Setting setting, Node root, String text) throws PieceException {
    Node node = root;
    List<Object> path = setting.path();
    for (int i = 0; i < path.size(); i++) {
      Object step = path.get(i);
      String so = describe(path.subList(0, i));
      if (step instanceof Integer index) {
        if (!(node instanceof SequenceNode list)) {
          throw refused(
              setting.option(),
              setting.given(),
              so + " is not a list, so it has no [" + index + "]");
        }
        if (index >= list.getValue().size()) {
          throw refused(
              setting.option(),
              setting.given(),
              so
                  + " has "
                  + list.getValue().size()
                  + " entries, numbered from 0; add the entry"
                  + " in the piece");
        }
        List<Node> entries = list.getValue();
        int after =
            index == 0
                ? list.getStartMark().getIndex()
                : entries.get(index - 1).getEndMark().getIndex();
        node = aliasRefused(setting, describe(path.subList(0, i + 1)), after, entries.get(index));
        continue;
      }
      if (!(node instanceof MappingNode map)) {
        throw refused(
            setting.option(),
            setting.given(),
            (so.isEmpty() ? "the piece" : so) + " holds a value, not fields, so it has no " + step);
      }
      NodeTuple field = fieldOf(map, (String) step);
      if (field == null) {
        return add(map, text, flow(path.subList(i, path.size()), setting.value()));
      }
      node =
          aliasRefused(
              setting,
              describe(path.subList(0, i + 1)),
              field.getKeyNode().getEndMark().getIndex(),
              field.getValueNode());
    }
    int at = node.getStartMark().getIndex();
    int end = node.getEndMark().getIndex();
    // A block ends where the next line starts: keep its line break.
    while (end > at && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    boolean empty = at == end && at > 0 && text.charAt(at - 1) == ':';
    return new Edit(at, end, (empty ? " " : "") + setting.value(), 0);
  }

  /**
   * A value written elsewhere and named here ({@code g2: *small}) starts before the block that
   * holds it: editing it would change the other place too.
   */
  private static Node aliasRefused(Setting setting, String field, int after, Node value)
      throws PieceException {
    if (value.getStartMark().getIndex() < after) {
      throw refused(
          setting.option(),
          setting.given(),
          field
              + " is an alias (*name) of a block written earlier in the piece; set the field"
              + " where that block is written, or write "
              + field
              + " out in full");
    }
    return value;
  }

  /** Adds {@code entry} to a map: inside its braces, or as a new line after its last field. */
  private static Edit add(MappingNode map, String text, String entry) {
    int end = map.getEndMark().getIndex();
    if (map.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
      int brace = text.lastIndexOf('}', end - 1);
      return new Edit(brace, brace, (map.getValue().isEmpty() ? "" : ", ") + entry, 0);
    }
    List<NodeTuple> fields = map.getValue();
    String indent = " ".repeat(fields.get(0).getKeyNode().getStartMark().getColumn());
    int last = fields.get(fields.size() - 1).getValueNode().getEndMark().getIndex();
    int lineEnd = text.indexOf('\n', Math.max(0, last - 1));
    if (lineEnd < 0) {
      return new Edit(text.length(), text.length(), "\n" + indent + entry, lineOf(text, last) + 1);
    }
    return new Edit(lineEnd, lineEnd, "\n" + indent + entry, lineOf(text, lineEnd) + 1);
  }

  /** The 1-based line holding {@code index}. */
  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** {@code a: {b: {c: value}}} for the missing keys a, b, c. */
  private static String flow(List<Object> keys, String value) {
    String text = value;
    for (int i = keys.size() - 1; i > 0; i--) {
      text = "{" + keys.get(i) + ": " + text + "}";
    }
    return keys.get(0) + ": " + text;
  }

  private static NodeTuple fieldOf(MappingNode map, String key) {
    for (NodeTuple field : map.getValue()) {
      if (field.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return field;
      }
    }
    return null;
  }

  private static String describe(List<Object> path) {
    StringBuilder out = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        out.append(out.isEmpty() ? "" : ".").append(step);
      }
    }
    return out.toString();
  }

  private static PieceException refused(String option, String argument, String problem) {
    return new PieceException(
        argument.startsWith(option + " ") ? argument : option + " " + argument, 0, "", problem);
  }

  /** A piece with its fields set, and how to tell its reader's complaints against the original. */
  public static final class Applied {
    private final PieceFile file;
    private final List<Integer> addedLines;
    private final List<Setting> settings;

    private Applied(PieceFile file, List<Integer> addedLines, List<Setting> settings) {
      this.file = file;
      this.addedLines = addedLines;
      this.settings = settings;
    }

    /** The piece as set: what is read and frozen. */
    public PieceFile file() {
      return file;
    }

    /**
     * The reader's complaint about the set piece, told against what the artist wrote: a problem
     * with a set field names its {@code --set}; other lines are counted as in the file.
     */
    public PieceException explain(PieceException e) {
      if (!e.file().equals(file.name())) {
        return e;
      }
      String f = e.field();
      for (Setting s : settings) {
        if (f.equals(s.field()) || f.startsWith(s.field() + ".") || f.startsWith(s.field() + "[")) {
          return new PieceException(s.given(), 0, f.equals(s.field()) ? "" : f, e.problem());
        }
      }
      if (addedLines.contains(e.line())) {
        return new PieceException(file.name(), 0, f, e.problem());
      }
      long before = addedLines.stream().filter(added -> added < e.line()).count();
      return new PieceException(file.name(), (int) (e.line() - before), f, e.problem());
    }
  }
}
