package art.equilibria.piece;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Says a YAML syntax error in plain words. The parser's own phrasing ("expected &lt;block end&gt;")
 * means little to an artist, so the common mistakes are named by what to fix; anything else keeps
 * the parser's problem text without its jargon.
 */
final class YamlSyntax {

  private YamlSyntax() {}

  static PieceException error(String file, MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    Mark at = e.getProblemMark();
    String plain;
    if (problem.contains("(TAB)") || problem.contains("'\\t'")) {
      plain = "a tab is used for indentation; indent with spaces only";
    } else if (problem.startsWith("mapping values are not allowed")) {
      plain = "unexpected ':'; check the indentation, and put text that contains ': ' in quotes";
    } else if (problem.startsWith("expected <block end>")) {
      plain =
          "the indentation does not line up with the lines above; indent fields of one block"
              + " by the same number of spaces";
    } else if (context.contains("quoted scalar")) {
      plain = "a quote is opened but not closed";
      at = orElse(e.getContextMark(), at);
    } else if (context.contains("flow sequence")) {
      plain = "a list opened with '[' is not closed with ']' (or an item lacks its ',')";
      at = orElse(e.getContextMark(), at);
    } else if (context.contains("flow mapping")) {
      plain = "a map opened with '{' is not closed with '}' (or a field lacks its ',')";
      at = orElse(e.getContextMark(), at);
    } else if (problem.contains("another document")) {
      plain = "a second document starts here ('---'); a piece file holds one document";
    } else if (problem.startsWith("found undefined alias")) {
      plain =
          "'*"
              + problem.substring("found undefined alias".length()).strip()
              + "' refers to an anchor ('&') that is not defined above it";
    } else {
      plain = jargonFree(problem) + (context.isEmpty() ? "" : " (" + jargonFree(context) + ")");
    }
    int line = at == null ? 0 : at.getLine() + 1;
    return new PieceException(file, line, "", "YAML syntax error: " + plain);
  }

  private static Mark orElse(Mark preferred, Mark fallback) {
    return preferred != null ? preferred : fallback;
  }

  private static String jargonFree(String text) {
    return text.replace("<stream end>", "the end of the file")
        .replace("<block end>", "the end of the block")
        .replace("<block mapping start>", "a new indented block")
        .replace("<block sequence start>", "a new list")
        .replace("scalar", "value")
        .replace("<", "")
        .replace(">", "");
  }
}
