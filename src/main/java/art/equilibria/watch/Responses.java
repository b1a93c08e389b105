package art.equilibria.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing a whole response in one go: status, type, caching, body. */
final class Responses {
  static final ObjectMapper JSON = new ObjectMapper();

  /** API answers change every step: never cached. */
  static final String NO_STORE = "no-store";

  private Responses() {}

  static void json(HttpExchange exchange, JsonNode body) throws IOException {
    bytes(exchange, 200, "application/json", NO_STORE, JSON.writeValueAsBytes(body));
  }

  static void text(HttpExchange exchange, int status, String message) throws IOException {
    bytes(
        exchange,
        status,
        "text/plain; charset=utf-8",
        NO_STORE,
        (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Sends the page elsewhere on this server (a page's address without its final slash). */
  static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    bytes(exchange, 302, "text/plain; charset=utf-8", NO_STORE, new byte[0]);
  }

  static void bytes(HttpExchange exchange, int status, String type, String caching, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", caching);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
