package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.watch.Http;
import art.equilibria.watch.WatchServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --watch} and {@code watch RUN} as an artist runs them. */
class TrainWatchTest {
  private static final String TINY = "src/test/resources/pieces/tiny.yaml";

  private static Cli.Result run(String... args) {
    return Cli.run(args);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void thePageAnswersWhileTrainingAndStopsWithIt(@TempDir Path out) throws Exception {
    int port = freePort();
    URI url = URI.create("http://127.0.0.1:" + port + "/");
    CompletableFuture<Cli.Result> training =
        CompletableFuture.supplyAsync(
            () ->
                run(
                    "train",
                    TINY,
                    "--out",
                    out.toString(),
                    "--device",
                    "cpu",
                    "--watch",
                    "--port",
                    Integer.toString(port)));
    List<JsonNode> seen = new ArrayList<>();
    while (!training.isDone()) {
      try {
        seen.add(Http.json(url, "/api/status"));
      } catch (IOException notYetOrNoMore) {
        // Before the run folder exists, or after training ended.
      }
      Thread.sleep(20);
    }
    Cli.Result r = training.get(2, TimeUnit.MINUTES);
    assertEquals(0, r.exit(), r.err());
    assertTrue(seen.stream().anyMatch(s -> s.path("live").asBoolean()), "answered while live");
    assertTrue(
        seen.stream().anyMatch(s -> s.path("state").asText().equals("running")), seen.toString());
    assertEquals("finished", seen.get(seen.size() - 1).path("state").asText(), "saw the end");
    assertThrows(ConnectException.class, () -> Http.get(url, "/"), "stopped with training");
    Path runDir = only(out.resolve("tiny"));
    assertTrue(Files.exists(runDir.resolve("plots/total.png")));
    assertTrue(Files.exists(runDir.resolve("plots/loss-g1-adversarial.png")));
  }

  @Test
  void aTakenPortEndsTheCommandBeforeAnyRunFolder(@TempDir Path out) throws IOException {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      String port = Integer.toString(taken.getLocalPort());
      Cli.Result r = run("train", TINY, "--out", out.toString(), "--watch", "--port", port);
      assertEquals(2, r.exit(), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().contains("--port " + port + ": the port is in use"), r.err());
      assertFalse(Files.exists(out.resolve("tiny")), "no run folder");
    }
  }

  @Test
  void withoutAPortTheNextFreeOneIsTaken() throws IOException {
    try (ServerSocket first = bindOrNull(WatchServer.DEFAULT_PORT);
        WatchServer server = WatchPorts.bind(null)) {
      int port = server.url().getPort();
      assertTrue(
          port >= WatchServer.DEFAULT_PORT && port < WatchServer.DEFAULT_PORT + 10, "" + port);
      assertTrue(port != WatchServer.DEFAULT_PORT || first == null);
    }
  }

  @Test
  void watchServesAFinishedRunUntilStopped(@TempDir Path out) throws Exception {
    assertEquals(0, run("train", TINY, "--out", out.toString(), "--steps", "3").exit());
    Path runDir = only(out.resolve("tiny"));
    int port = freePort();
    URI url = URI.create("http://127.0.0.1:" + port + "/");
    int[] exit = {-1};
    Thread watching =
        new Thread(() -> exit[0] = run("watch", runDir.toString(), "--port", "" + port).exit());
    watching.start();
    JsonNode status = null;
    for (int i = 0; i < 200 && status == null; i++) {
      try {
        status = Http.json(url, "/api/status");
      } catch (IOException notYet) {
        Thread.sleep(25);
      }
    }
    assertTrue(status != null, "watch answered");
    assertEquals("finished", status.path("state").asText());
    assertFalse(status.path("live").asBoolean());
    assertEquals(3, status.path("lines").asInt());
    watching.interrupt();
    watching.join(10_000);
    assertEquals(0, exit[0]);
    assertThrows(ConnectException.class, () -> Http.get(url, "/"));
  }

  @Test
  void watchNamesAFolderThatIsNotARun(@TempDir Path out) {
    Cli.Result r = run("watch", out.toString(), "--port", "0");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("not a run folder"), r.err());
  }

  private static ServerSocket bindOrNull(int port) {
    try {
      ServerSocket s = new ServerSocket();
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return s;
    } catch (IOException inUse) {
      return null;
    }
  }

  private static Path only(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> all = s.toList();
      assertEquals(1, all.size());
      return all.get(0);
    }
  }
}
