package art.equilibria.piece;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns piece text into a tree of YAML nodes. Only composes (no object construction), so every node
 * keeps the line it came from and no YAML tag can instantiate anything.
 */
final class YamlDocument {

  /**
   * What a file holds, for the messages about its top level.
   *
   * @param what the kind of file with its article ("a piece")
   * @param needs what an empty one lacks ("at least title, networks and terms")
   * @param fields the start of a map of its fields, as an example ("title: ..., networks: ...")
   */
  record Kind(String what, String needs, String fields) {}

  static final Kind PIECE =
      new Kind("a piece", "at least title, networks and terms", "title: ..., networks: ...");

  private YamlDocument() {}

  /** The top-level map of a piece. */
  static YamlValue root(String yaml, String file) throws PieceException {
    return root(yaml, file, PIECE);
  }

  /** The top-level map of a file of some kind. */
  static YamlValue root(String yaml, String file, Kind kind) throws PieceException {
    Node root;
    try {
      // The default limits on aliases and nesting stop hostile documents; text given to parse
      // directly is held to a piece file's size too.
      LoaderOptions limits = new LoaderOptions();
      limits.setCodePointLimit(PieceFile.LIMIT);
      root = new Yaml(limits).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      throw YamlSyntax.error(file, e);
    } catch (ReaderException e) {
      throw new PieceException(
          file,
          lineAt(yaml, e.getPosition()),
          "",
          String.format(
              "the file contains a character YAML does not allow (code U+%04X); remove it",
              e.getCodePoint()));
    } catch (YAMLException e) {
      throw new PieceException(file, 0, "", "cannot be read as YAML: " + firstLine(e));
    }
    if (root == null) {
      throw new PieceException(
          file, 0, "", "the file is empty; " + kind.what() + " needs " + kind.needs());
    }
    YamlValue value = new YamlValue(file, "", root.getStartMark().getLine() + 1, root);
    if (!(root instanceof MappingNode)) {
      throw new PieceException(
          file,
          value.line(),
          "",
          kind.what() + " is a map of fields (" + kind.fields() + "), not " + value.describe());
    }
    return value;
  }

  private static int lineAt(String text, int position) {
    int line = 1;
    for (int i = 0; i < Math.min(position, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String firstLine(YAMLException e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
