package art.equilibria.cli;

/**
 * Quiet by default: DJL and FFmpeg only speak with {@code --verbose}. Must run before any library
 * creates a logger.
 */
final class Logging {
  private Logging() {}

  static void configure(boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "error");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    System.setProperty("org.slf4j.simpleLogger.showLogName", verbose ? "true" : "false");
    art.equilibria.render.video.VideoEncoder.verbose(verbose);
  }
}
