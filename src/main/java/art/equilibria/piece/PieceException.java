package art.equilibria.piece;

/**
 * A piece file that cannot be used, told in one line an artist can act on: {@code file:line: field:
 * what is wrong; what is allowed}.
 *
 * <p>No cause is attached and the message never names parser classes: the message is the whole
 * story, printed as it is by the command line.
 */
public final class PieceException extends Exception {

  private final String file;
  private final int line;
  private final String field;
  private final String problem;

  /**
   * @param file the file name as the artist gave it
   * @param line 1-based line, 0 when unknown
   * @param field dotted path of the field, for example {@code terms.g1[0].weight}; empty when the
   *     problem is not about one field
   * @param problem what is wrong and what is allowed, one line
   */
  public PieceException(String file, int line, String field, String problem) {
    super(format(file, line, field, problem));
    this.file = file;
    this.line = line;
    this.field = field;
    this.problem = oneLine(problem);
  }

  public String file() {
    return file;
  }

  /** 1-based line of the problem, 0 when unknown. */
  public int line() {
    return line;
  }

  /** Dotted path of the field, empty when the problem is not about one field. */
  public String field() {
    return field;
  }

  /** The message without file, line and field. */
  public String problem() {
    return problem;
  }

  private static String format(String file, int line, String field, String problem) {
    StringBuilder message = new StringBuilder(file);
    if (line > 0) {
      message.append(':').append(line);
    }
    message.append(": ");
    if (!field.isEmpty()) {
      message.append(field).append(": ");
    }
    return message.append(oneLine(problem)).toString();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
