package art.equilibria.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Answers every request of the page: the page's files, the small JSON API and the snapshot PNGs.
 * Read-only. A client that goes away mid-answer costs one failed write on a server thread, nothing
 * else.
 */
final class Router implements HttpHandler {
  /**
   * Host names a loopback page is reached by. Anything else is refused, so a web page elsewhere
   * cannot read a run through a DNS name that points at 127.0.0.1.
   */
  private static final Set<String> HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

  private final RunView view;
  private volatile long lastStatusNanos;

  Router(RunView view) {
    this.view = view;
  }

  /** When a page last asked for the status ({@link System#nanoTime}); 0: never. */
  long lastStatusNanos() {
    return lastStatusNanos;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      route(exchange);
    } catch (IOException | RuntimeException e) {
      // Mostly a page closed or reloaded mid-answer; there is no one left to tell.
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      Responses.text(exchange, 405, "read-only: GET only");
      return;
    }
    if (!HOSTS.contains(host(exchange))) {
      Responses.text(exchange, 403, "this page answers on 127.0.0.1 only");
      return;
    }
    String path = exchange.getRequestURI().getPath();
    if (Assets.has(path)) {
      Responses.bytes(exchange, 200, Assets.type(path), "no-cache", Assets.read(path));
    } else if (path.equals("/api/status")) {
      lastStatusNanos = System.nanoTime();
      Responses.json(exchange, view.status());
    } else if (path.equals("/api/run")) {
      Responses.json(exchange, view.overview());
    } else if (path.equals("/api/metrics")) {
      Responses.json(exchange, view.metrics(fromStep(exchange)));
    } else if (path.equals("/api/snapshots")) {
      Responses.json(exchange, view.snapshots());
    } else if (path.startsWith("/snapshots/")) {
      snapshot(exchange, path.substring("/snapshots/".length()));
    } else if (path.equals("/api/searches")) {
      Responses.json(exchange, view.searches());
    } else if (path.startsWith("/search/") && path.endsWith("/heatmap.png")) {
      heatmap(
          exchange, path.substring("/search/".length(), path.length() - "/heatmap.png".length()));
    } else {
      Responses.text(exchange, 404, "no such page: " + path);
    }
  }

  private void snapshot(HttpExchange exchange, String name) throws IOException {
    Path file = view.snapshotFile(name);
    if (file == null) {
      Responses.text(exchange, 404, "no such snapshot: " + name);
      return;
    }
    // A snapshot never changes once written; the page adds the run to its address.
    Responses.bytes(exchange, 200, "image/png", "max-age=86400", Files.readAllBytes(file));
  }

  private void heatmap(HttpExchange exchange, String name) throws IOException {
    Path file = view.searchHeatmap(name);
    if (file == null) {
      Responses.text(exchange, 404, "no such search: " + name);
      return;
    }
    // Rewritten as the search fills; the page adds its version to the address.
    Responses.bytes(exchange, 200, "image/png", "no-cache", Files.readAllBytes(file));
  }

  private static long fromStep(HttpExchange exchange) {
    String query = exchange.getRequestURI().getQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("from=")) {
          try {
            return Math.max(0, Long.parseLong(pair.substring(5)));
          } catch (NumberFormatException e) {
            return 0;
          }
        }
      }
    }
    return 0;
  }

  private static String host(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null) {
      return "";
    }
    host = host.toLowerCase(Locale.ROOT);
    int colon = host.lastIndexOf(':');
    return colon > host.lastIndexOf(']') ? host.substring(0, colon) : host;
  }
}
