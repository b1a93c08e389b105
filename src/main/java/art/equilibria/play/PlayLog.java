package art.equilibria.play;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * The player's log in files that rotate: {@code play-0.log} is the newest, at most {@code count}
 * files of {@code limit} bytes each, so weeks of a show never fill the disk.
 */
public final class PlayLog {
  private static final String FORMAT = "%1$tFT%1$tT %2$s %3$s%n";

  private PlayLog() {}

  /** Sends the player's log to rotating files in {@code dir}; returns the handler to close. */
  public static Handler toFiles(Path dir, int limit, int count) throws IOException {
    Files.createDirectories(dir);
    FileHandler files = new FileHandler(dir.resolve("play-%g.log").toString(), limit, count, true);
    files.setFormatter(
        new SimpleFormatter() {
          @Override
          public String format(LogRecord r) {
            return String.format(FORMAT, r.getMillis(), r.getLevel(), r.getMessage());
          }
        });
    files.setLevel(Level.INFO);
    Player.LOG.setUseParentHandlers(false);
    Player.LOG.addHandler(files);
    return files;
  }
}
