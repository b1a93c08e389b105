package art.equilibria.cli;

/** Lengths of time as artists write them in pieces: 20s, 10m, 1h30m. */
final class Durations {
  private Durations() {}

  static String format(double seconds) {
    long s = Math.round(seconds);
    long h = s / 3600;
    long m = s % 3600 / 60;
    long rest = s % 60;
    StringBuilder out = new StringBuilder();
    if (h > 0) {
      out.append(h).append('h');
    }
    if (m > 0) {
      out.append(m).append('m');
    }
    if (rest > 0 || out.length() == 0) {
      out.append(rest).append('s');
    }
    return out.toString();
  }
}
