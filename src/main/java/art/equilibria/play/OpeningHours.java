package art.equilibria.play;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * When the show is on, by the local wall clock: {@code 10:00-18:00}, or across midnight {@code
 * 20:00-02:00}. Outside them the screen is black and nothing is generated.
 */
public record OpeningHours(LocalTime opens, LocalTime closes) {
  /** Always open. */
  public static final OpeningHours ALWAYS = new OpeningHours(LocalTime.MIN, LocalTime.MIN);

  /**
   * Reads {@code HH:MM-HH:MM}.
   *
   * @throws IllegalArgumentException saying what is wrong, for {@code --hours}
   */
  public static OpeningHours parse(String text) {
    String[] parts = text.strip().split("-", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "'" + text + "' is not opening hours; write them as HH:MM-HH:MM, e.g. 10:00-18:00");
    }
    try {
      OpeningHours hours = new OpeningHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
      if (hours.opens.equals(hours.closes)) {
        throw new IllegalArgumentException(
            "'" + text + "' opens and closes at the same time; leave --hours out to play always");
      }
      return hours;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not opening hours; write them as HH:MM-HH:MM, e.g. 10:00-18:00");
    }
  }

  public boolean isOpen(LocalTime now) {
    if (opens.equals(closes)) {
      return true;
    }
    return opens.isBefore(closes)
        ? !now.isBefore(opens) && now.isBefore(closes)
        : !now.isBefore(opens) || now.isBefore(closes);
  }

  @Override
  public String toString() {
    return equals(ALWAYS) ? "always" : opens + "-" + closes;
  }
}
