package art.equilibria.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A headless Chromium driven over the DevTools protocol (a WebSocket, with the JDK's client), so a
 * test can keep one page open while a training runs, read its DOM again and again, and take a
 * screenshot. Only what the page test needs.
 */
final class Chromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration ANSWER = Duration.ofSeconds(30);

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();

  private Chromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /** Debian's {@code chromium} (or another Chromium build) on the PATH. */
  static Optional<Path> executable() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  static Chromium start(Path executable, Path profile) throws Exception {
    Files.createDirectories(profile);
    Process process =
        new ProcessBuilder(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "--remote-allow-origins=*",
                "--window-size=1400,900",
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(profile.resolveSibling("chromium.log").toFile())
            .start();
    // Chromium writes the port it took (and the browser's path) here once it listens.
    Path active = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    List<String> lines = List.of();
    while (lines.size() < 2) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IOException(
            "chromium did not start: " + Files.readString(profile.resolveSibling("chromium.log")));
      }
      Thread.sleep(50);
      lines = Files.exists(active) ? Files.readAllLines(active) : List.of();
    }
    URI ws = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
    Chromium[] self = new Chromium[1];
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(ws, new Listener(answer -> self[0].answered(answer)))
            .get(30, TimeUnit.SECONDS);
    self[0] = new Chromium(process, socket);
    return self[0];
  }

  /** Opens a tab of 1400 x 900 CSS pixels on {@code url}. */
  Tab open(URI url) throws Exception {
    String target =
        call(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
    String session =
        call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
            .path("sessionId")
            .asText();
    Tab tab = new Tab(target, session);
    call(
        session,
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1400, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    call(session, "Page.navigate", Map.of("url", url.toString()));
    return tab;
  }

  /** One tab. */
  final class Tab {
    private final String target;
    private final String session;

    private Tab(String target, String session) {
      this.target = target;
      this.session = session;
    }

    /** Evaluates a JavaScript expression returning a JSON string; null while the page loads. */
    JsonNode evaluate(String expression) throws Exception {
      JsonNode result =
          call(
              session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
      JsonNode value = result.path("result").path("value");
      return value.isTextual() ? JSON.readTree(value.asText()) : null;
    }

    /** Evaluates until the answer passes {@code ok}; returns it. */
    JsonNode waitFor(String expression, Predicate<JsonNode> ok, Duration timeout) throws Exception {
      long deadline = System.nanoTime() + timeout.toNanos();
      JsonNode last = null;
      while (System.nanoTime() < deadline) {
        last = evaluate(expression);
        if (last != null && ok.test(last)) {
          return last;
        }
        Thread.sleep(100);
      }
      throw new AssertionError("the page never got there; last seen: " + last);
    }

    byte[] screenshot() throws Exception {
      JsonNode shot = call(session, "Page.captureScreenshot", Map.of("format", "png"));
      return Base64.getDecoder().decode(shot.path("data").asText());
    }

    void reload() throws Exception {
      call(session, "Page.reload", Map.of());
    }

    void close() throws Exception {
      call(null, "Target.closeTarget", Map.of("targetId", target));
    }
  }

  private JsonNode call(String session, String method, Map<String, Object> params)
      throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    waiting.put(id, answer);
    socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
    JsonNode reply = answer.get(ANSWER.toSeconds(), TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IOException(method + ": " + reply.path("error"));
    }
    return reply.path("result");
  }

  private void answered(JsonNode message) {
    CompletableFuture<JsonNode> f = waiting.remove(message.path("id").asInt(-1));
    if (f != null) {
      f.complete(message);
    }
  }

  @Override
  public void close() throws Exception {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception alreadyGone) {
      // Closing anyway.
    }
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    helpers.forEach(ProcessHandle::destroy); // renderers and zygotes it may leave behind
  }

  /** Puts the parts of each message together; events (no id) are ignored. */
  private static final class Listener implements WebSocket.Listener {
    private final java.util.function.Consumer<JsonNode> answers;
    private final StringBuilder parts = new StringBuilder();

    Listener(java.util.function.Consumer<JsonNode> answers) {
      this.answers = answers;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      parts.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(parts.toString());
          if (message.has("id")) {
            answers.accept(message);
          }
        } catch (IOException e) {
          // Not JSON: not an answer.
        }
        parts.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
