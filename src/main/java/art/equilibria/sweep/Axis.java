package art.equilibria.sweep;

import art.equilibria.piece.PieceException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One field a sweep varies and the values it takes, from {@code --vary FIELD=V1,V2,...}.
 *
 * @param field the piece field's path, as {@code --set} takes it ({@code schedule.batch})
 * @param values each value as YAML text
 */
public record Axis(String field, List<String> values) implements Serializable {
  /** The option's name, as messages give it. */
  public static final String OPTION = "--vary";

  public Axis {
    values = List.copyOf(values);
  }

  /**
   * Reads {@code FIELD=V1,V2,...}. Values are split at commas outside brackets, braces and quotes,
   * so a value may be a YAML list ({@code betas=[0.0, 0.99],[0.5, 0.9]}).
   *
   * @throws PieceException naming the argument when it has no field or an empty value
   */
  public static Axis parse(String argument) throws PieceException {
    int equals = argument.indexOf('=');
    if (equals <= 0) {
      throw refused(argument, "write FIELD=V1,V2,..., for example --vary schedule.batch=4,8,16");
    }
    String field = argument.substring(0, equals).strip();
    List<String> values = split(argument.substring(equals + 1));
    if (values.stream().anyMatch(String::isEmpty)) {
      throw refused(argument, "a value is empty; give the values between commas");
    }
    if (values.size() != values.stream().distinct().count()) {
      throw refused(argument, "a value is given twice; give each once");
    }
    return new Axis(field, values);
  }

  private static List<String> split(String text) {
    List<String> values = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        values.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    values.add(text.substring(start).strip());
    return values;
  }

  /** The {@code FIELD=VALUE} of one value, as {@code PieceSettings} reads it. */
  String setting(int value) {
    return field + "=" + values.get(value);
  }

  /** The field's last name: {@code batch} for {@code schedule.batch}, for short labels. */
  public String shortName() {
    int dot = field.lastIndexOf('.');
    return dot < 0 ? field : field.substring(dot + 1);
  }

  private static PieceException refused(String argument, String problem) {
    return new PieceException(OPTION + " " + argument, 0, "", problem);
  }
}
