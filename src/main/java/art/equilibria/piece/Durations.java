package art.equilibria.piece;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a length of time: seconds as a number, or text with units ({@code 90s, 10m, 1h30m}). */
final class Durations {

  private static final String AMOUNT = "([0-9]+(?:\\.[0-9]+)?)";
  private static final Pattern WITH_UNITS =
      Pattern.compile(
          "(?:" + AMOUNT + "\\s*h)?\\s*(?:" + AMOUNT + "\\s*m)?\\s*(?:" + AMOUNT + "\\s*s)?");

  private Durations() {}

  /** Seconds, above zero. */
  static double seconds(YamlValue value) throws PieceException {
    double seconds = value.isNumber() ? YamlFields.finite(value) : withUnits(value);
    if (seconds <= 0) {
      throw value.error(
          value.describe() + " is too short; a duration must be longer than 0 seconds");
    }
    return seconds;
  }

  private static double withUnits(YamlValue value) throws PieceException {
    String text = value.isScalar() ? value.text().strip().toLowerCase(java.util.Locale.ROOT) : "";
    Matcher matcher = WITH_UNITS.matcher(text);
    if (text.isEmpty() || !matcher.matches()) {
      throw value.error(
          value.describe()
              + " is not a duration; write seconds as a number (90) or text with the units h, m"
              + " and s (90s, 10m, 1h30m)");
    }
    return amount(matcher.group(1)) * 3600
        + amount(matcher.group(2)) * 60
        + amount(matcher.group(3));
  }

  private static double amount(String group) {
    return group == null ? 0 : Double.parseDouble(group);
  }
}
