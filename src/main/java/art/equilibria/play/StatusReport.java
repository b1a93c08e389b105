package art.equilibria.play;

import art.equilibria.run.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A show's status for whoever looks after it: a JSON file rewritten atomically every few seconds (a
 * reader never sees half of one), and {@code GET /status} on 127.0.0.1 (the JDK's HTTP server,
 * loopback only, as the watch page's).
 */
public final class StatusReport implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<PlayStatus> status;
  private final Path file;
  private final HttpServer http;
  private final ScheduledExecutorService writer;

  /**
   * @param file the status file, or null for none
   * @param port the endpoint's port (0: any free one), or -1 for none
   */
  public StatusReport(Supplier<PlayStatus> status, Path file, int port, long everyMillis)
      throws IOException {
    this.status = status;
    this.file = file;
    if (port >= 0) {
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      http.createContext("/status", this::answer);
      http.start();
    } else {
      http = null;
    }
    writer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "play-status");
              t.setDaemon(true);
              return t;
            });
    if (file != null) {
      writer.scheduleWithFixedDelay(this::write, 0, everyMillis, TimeUnit.MILLISECONDS);
    }
  }

  /** The endpoint's address, or null without one. */
  public URI url() {
    return http == null
        ? null
        : URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/status");
  }

  private void write() {
    try {
      byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(status.get());
      AtomicFiles.write(file, bytes);
    } catch (IOException | RuntimeException e) {
      // A full disk must not stop the show; the log says so, and the next write tries again.
      Player.LOG.warning("cannot write the status file: " + e.getMessage());
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] body = JSON.writeValueAsBytes(status.get());
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Stops the endpoint and writes the file a last time. */
  @Override
  public void close() {
    writer.shutdownNow();
    if (file != null) {
      write();
    }
    if (http != null) {
      http.stop(0);
    }
  }
}
