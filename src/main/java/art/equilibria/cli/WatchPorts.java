package art.equilibria.cli;

import art.equilibria.watch.WatchServer;
import java.io.IOException;
import java.net.BindException;

/**
 * Which port the watch page gets. A port the artist named must be free (exit 2 otherwise); without
 * one the default is tried first, then the next few, so two trainings can be watched at once.
 */
final class WatchPorts {
  private static final int TRIES = 10;

  private WatchPorts() {}

  /**
   * @param requested the {@code --port} given, or null for the default
   */
  static WatchServer bind(Integer requested) throws IOException {
    if (requested != null) {
      if (requested < 0 || requested > 65535) {
        throw new UserError("--port " + requested + ": give a port from 1 to 65535 (0: any free)");
      }
      try {
        return WatchServer.bind(requested);
      } catch (BindException e) {
        throw new UserError(
            "--port " + requested + ": the port is in use (another watch?); pass another --port");
      }
    }
    for (int port = WatchServer.DEFAULT_PORT; port < WatchServer.DEFAULT_PORT + TRIES; port++) {
      try {
        return WatchServer.bind(port);
      } catch (BindException taken) {
        // Another watch has it: try the next one.
      }
    }
    throw new UserError(
        String.format(
            "--watch: ports %d to %d are all in use; pass --port P",
            WatchServer.DEFAULT_PORT, WatchServer.DEFAULT_PORT + TRIES - 1));
  }
}
