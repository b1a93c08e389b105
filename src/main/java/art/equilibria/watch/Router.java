package art.equilibria.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Answers every request of the pages: their files, the small JSON API and the PNGs, for the run at
 * {@code /} and for the sweeps at {@code /sweeps/NAME/}, whose runs have the same page at {@code
 * /sweeps/NAME/RUN/} (the pages ask with relative addresses, so one run page serves any run).
 * Read-only. A client that goes away mid-answer costs one failed write on a server thread, nothing
 * else.
 */
final class Router implements HttpHandler {
  /**
   * Host names a loopback page is reached by. Anything else is refused, so a web page elsewhere
   * cannot read a run through a DNS name that points at 127.0.0.1.
   */
  private static final Set<String> HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

  private static final String SWEEPS = "/sweeps/";

  private final Site site;
  private volatile long lastStatusNanos;

  Router(Site site) {
    this.site = site;
  }

  /** When a page last asked for the status of the run at {@code /} ({@link System#nanoTime}). */
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
    Assets.Asset asset = Assets.at(path);
    if (asset != null) {
      Responses.bytes(exchange, 200, asset.type(), "no-cache", asset.read());
    } else if (path.startsWith(SWEEPS)) {
      sweep(exchange, path.substring(SWEEPS.length()));
    } else if (site.run() == null) {
      if (path.equals("/")) {
        Responses.redirect(exchange, site.home());
      } else {
        notFound(exchange, path);
      }
    } else {
      if (path.equals("/api/status")) {
        lastStatusNanos = System.nanoTime();
      }
      run(exchange, site.run(), path);
    }
  }

  /** {@code NAME/...}: a sweep's page, its table and sheet, or one of its runs. */
  private void sweep(HttpExchange exchange, String rest) throws IOException {
    int slash = rest.indexOf('/');
    SweepView sweep = site.sweep(slash < 0 ? rest : rest.substring(0, slash));
    if (sweep == null) {
      notFound(exchange, SWEEPS + rest);
      return;
    }
    String inside = slash < 0 ? "" : rest.substring(slash + 1);
    if (slash < 0) {
      Responses.redirect(exchange, sweep.address()); // relative addresses need the slash
    } else if (inside.isEmpty()) {
      page(exchange, Assets.SWEEP_PAGE);
    } else if (inside.equals("api/sweep")) {
      Responses.json(exchange, sweep.table());
    } else if (inside.equals("sheet.png")) {
      // Rewritten as runs are scored; the page adds its version to the address.
      png(exchange, sweep.sheet(), "no-cache", "no contact sheet yet");
    } else {
      int end = inside.indexOf('/');
      RunView run = sweep.run(end < 0 ? inside : inside.substring(0, end));
      if (run == null) {
        notFound(exchange, SWEEPS + rest);
      } else if (end < 0) {
        Responses.redirect(exchange, sweep.address() + inside + "/");
      } else {
        run(exchange, run, inside.substring(end));
      }
    }
  }

  /** A run's page and its answers, {@code path} from the run's address on. */
  private void run(HttpExchange exchange, RunView view, String path) throws IOException {
    if (path.equals("/")) {
      page(exchange, Assets.RUN_PAGE);
    } else if (path.equals("/api/status")) {
      Responses.json(exchange, view.status());
    } else if (path.equals("/api/run")) {
      Responses.json(exchange, view.overview());
    } else if (path.equals("/api/metrics")) {
      Responses.json(exchange, view.metrics(fromStep(exchange)));
    } else if (path.equals("/api/snapshots")) {
      Responses.json(exchange, view.snapshots());
    } else if (path.startsWith("/snapshots/")) {
      String name = path.substring("/snapshots/".length());
      // A snapshot never changes once written; the page adds the run to its address.
      png(exchange, view.snapshotFile(name), "max-age=86400", "no such snapshot: " + name);
    } else if (path.equals("/api/searches")) {
      Responses.json(exchange, view.searches());
    } else if (path.startsWith("/search/") && path.endsWith("/heatmap.png")) {
      String name =
          path.substring("/search/".length(), Math.max(8, path.length() - "/heatmap.png".length()));
      // Rewritten as the search fills; the page adds its version to the address.
      png(exchange, view.searchHeatmap(name), "no-cache", "no such search: " + name);
    } else if (path.equals("/api/sweeps")) {
      Responses.json(exchange, site.sweeps());
    } else {
      notFound(exchange, path);
    }
  }

  private static void page(HttpExchange exchange, Assets.Asset page) throws IOException {
    Responses.bytes(exchange, 200, page.type(), "no-cache", page.read());
  }

  /** A PNG the view found (null: none, answered 404 with {@code missing}). */
  private static void png(HttpExchange exchange, Path file, String caching, String missing)
      throws IOException {
    if (file == null) {
      Responses.text(exchange, 404, missing);
    } else {
      Responses.bytes(exchange, 200, "image/png", caching, Files.readAllBytes(file));
    }
  }

  private static void notFound(HttpExchange exchange, String path) throws IOException {
    Responses.text(exchange, 404, "no such page: " + path);
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
