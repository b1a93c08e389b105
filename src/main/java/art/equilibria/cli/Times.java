package art.equilibria.cli;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Times as an artist reads them: local start times, and how long ago. */
final class Times {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Times() {}

  /** An ISO time from run.json in this machine's zone; as written when it cannot be read. */
  static String local(String iso) {
    try {
      return OffsetDateTime.parse(iso).atZoneSameInstant(ZoneId.systemDefault()).format(LOCAL);
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  static String ago(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s < 60) {
      return s + " s ago";
    }
    if (s < 3600) {
      return s / 60 + " min ago";
    }
    if (s < 48 * 3600) {
      return s / 3600 + " h ago";
    }
    return s / 86400 + " days ago";
  }
}
