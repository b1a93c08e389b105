package art.equilibria.render.video;

import org.bytedeco.ffmpeg.global.avutil;

/**
 * FFmpeg's own log level. Quiet by default: failures reach the user as exceptions with one clear
 * message, and FFmpeg's lines would break the one-line error output of the command line.
 */
final class FfmpegLog {
  private static volatile boolean verbose;

  private FfmpegLog() {}

  static void verbose(boolean on) {
    verbose = on;
    apply();
  }

  /** Sets the level; called before every use, as loading the libraries does not set it. */
  static void apply() {
    avutil.av_log_set_level(verbose ? avutil.AV_LOG_INFO : avutil.AV_LOG_QUIET);
  }
}
