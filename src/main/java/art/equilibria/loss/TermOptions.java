package art.equilibria.loss;

import java.util.Map;

/** A term's options from the piece, read with defaults. */
public record TermOptions(Map<String, Object> values) {
  public static final TermOptions NONE = new TermOptions(Map.of());

  public double number(String name, double fallback) {
    Object v = values.get(name);
    return v instanceof Number n ? n.doubleValue() : fallback;
  }

  public String text(String name, String fallback) {
    Object v = values.get(name);
    return v == null ? fallback : v.toString();
  }
}
