package art.equilibria.watch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.TestRuns;
import art.equilibria.run.RunFolder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's server against a real tiny run folder. */
class WatchServerTest {
  @TempDir static Path tmp;

  private static RunFolder run;
  private static WatchServer server;
  private static URI url;

  @BeforeAll
  static void trainAndServe() throws Exception {
    run = TestRuns.train(tmp, TestRuns.TINY);
    server = WatchServer.bind(0);
    server.serve(run, false);
    url = server.url();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void servesThePageAndItsFilesWithNoNetworkNeeded() throws IOException {
    HttpResponse<byte[]> page = Http.get(url, "/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String html = Http.text(page);
    assertTrue(html.contains("/assets/watch.js") && html.contains("/assets/uPlot.iife.min.js"));
    assertFalse(html.contains("https://"), "nothing from the network");
    for (String asset :
        List.of(
            "/assets/watch.js",
            "/assets/watch.css",
            "/assets/uPlot.iife.min.js",
            "/assets/uPlot.min.css",
            "/assets/uPlot-LICENSE")) {
      HttpResponse<byte[]> r = Http.get(url, asset);
      assertEquals(200, r.statusCode(), asset);
      assertTrue(r.body().length > 500, asset);
    }
  }

  @Test
  void statusSaysWhereTheRunIs() throws IOException {
    JsonNode status = Http.json(url, "/api/status");
    assertEquals("tiny/" + run.dir().getFileName(), status.path("run").asText());
    assertEquals("finished", status.path("state").asText());
    assertFalse(status.path("live").asBoolean());
    assertEquals(6, status.path("lines").asInt());
    assertEquals(5, status.path("step").asInt());
    assertEquals(3, status.path("snapshots").asInt());
    assertEquals(6, status.path("latest_snapshot").asInt());
  }

  @Test
  void overviewCarriesRunJsonThePieceAndWhereGrowthStands() throws IOException {
    JsonNode o = Http.json(url, "/api/run");
    assertEquals("Tiny", o.path("info").path("title").asText());
    assertEquals(6, o.path("info").path("total_steps").asInt());
    assertEquals(2, o.path("stages").asInt());
    assertEquals(
        List.of("g1", "g2", "d"), o.path("networks").findValuesAsText("name").subList(0, 3));
    assertEquals(
        "colour-variance", o.path("networks").get(0).path("terms").get(1).path("term").asText());
    assertEquals(16, o.path("latest").path("resolution").asInt());
    assertEquals(1, o.path("latest").path("stage").asInt());
    assertTrue(o.path("pace").path("seconds_per_step").asDouble() > 0);
    assertTrue(o.path("pace").path("seconds_left").isMissingNode(), "finished: nothing left");
  }

  @Test
  void metricsFromAStepForIncrementalPlots() throws IOException {
    JsonNode from3 = Http.json(url, "/api/metrics?from=3").path("lines");
    assertEquals(3, from3.size());
    assertEquals(3, from3.get(0).path("step").asInt());
    assertTrue(from3.get(0).path("networks").path("g1").path("terms").has("adversarial"));
    assertEquals(0, Http.json(url, "/api/metrics?from=99").path("lines").size());
    assertEquals(6, Http.json(url, "/api/metrics?from=oops").path("lines").size());
  }

  @Test
  void snapshotsAreListedAndServed() throws IOException {
    JsonNode list = Http.json(url, "/api/snapshots").path("snapshots");
    assertEquals(3, list.size());
    JsonNode last = list.get(2);
    assertEquals(6, last.path("step").asInt());
    assertEquals("000006-g1.png", last.path("generators").path("g1").asText());
    HttpResponse<byte[]> png = Http.get(url, "/snapshots/000006-g1.png?run=x");
    assertEquals(200, png.statusCode());
    assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
    assertArrayEquals(Files.readAllBytes(run.snapshots().resolve("000006-g1.png")), png.body());
  }

  @Test
  void aRunsSearchesAreListedWithTheirHeatmaps() throws IOException {
    Path search = run.dir().resolve("search/colour");
    Files.createDirectories(search);
    Files.writeString(
        search.resolve("search.json"),
        "{\"state\":\"running\",\"settings\":{\"algorithm\":\"cma-mae\","
            + "\"generator\":\"g1\",\"measures\":[\"brightness\"],\"objective\":\"typical\"},"
            + "\"history\":[{\"iteration\":2,\"evaluations\":72,\"elites\":5,"
            + "\"coverage\":0.3125,\"qdScore\":420}]}");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
    Files.write(search.resolve("heatmap.png"), png);
    try {
      JsonNode list = Http.json(url, "/api/searches").path("searches");
      assertEquals(1, list.size());
      assertEquals("colour", list.get(0).path("name").asText());
      assertEquals("running", list.get(0).path("state").asText());
      assertTrue(
          list.get(0).path("summary").asText().contains("5 cells filled (31%), QD score 420"),
          list.get(0).toString());
      assertTrue(list.get(0).path("version").asLong() > 0);
      HttpResponse<byte[]> served = Http.get(url, "/search/colour/heatmap.png?v=1");
      assertEquals(200, served.statusCode());
      assertArrayEquals(png, served.body());
      for (String path :
          List.of("/search/nope/heatmap.png", "/search/..%2f..%2frun.json/heatmap.png")) {
        assertEquals(404, Http.get(url, path).statusCode(), path);
      }
    } finally {
      Files.delete(search.resolve("heatmap.png"));
      Files.delete(search.resolve("search.json"));
      Files.delete(search);
      Files.delete(search.getParent());
    }
  }

  @Test
  void nothingOutsideTheSnapshotsIsServed() throws IOException {
    for (String path :
        List.of(
            "/snapshots/..%2frun.json",
            "/snapshots/../run.json", "/snapshots/000099-g1.png", "/run.json", "/api/nothing")) {
      assertEquals(404, Http.get(url, path).statusCode(), path);
    }
  }

  @Test
  void aSnapshotLinkingOutOfTheRunIsNotServed(@TempDir Path elsewhere) throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("secret.png"), "not for the page");
    Path link = run.snapshots().resolve("000099-g1.png");
    Files.createSymbolicLink(link, secret);
    try {
      assertEquals(404, Http.get(url, "/snapshots/000099-g1.png").statusCode());
    } finally {
      Files.delete(link);
    }
  }

  @Test
  void aSnapshotLinkingWithinTheRunIsServed() throws IOException {
    Path link = run.snapshots().resolve("000099-g1.png");
    Files.createSymbolicLink(link, Path.of("000006-g1.png"));
    try {
      assertEquals(200, Http.get(url, "/snapshots/000099-g1.png").statusCode());
    } finally {
      Files.delete(link);
    }
  }

  /** Clients that connect and then say nothing, or half a request, and never more. */
  @Test
  void stalledClientsDoNotKeepThePageFromOthers() throws Exception {
    Limits quick = new Limits(2, 4, Duration.ofMillis(300), Duration.ofSeconds(5));
    try (WatchServer other = WatchServer.bind(0, quick)) {
      other.serve(run, false);
      List<Socket> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < 10; i++) {
          Socket socket = new Socket(InetAddress.getLoopbackAddress(), other.url().getPort());
          stalled.add(socket);
          if (i % 2 == 0) {
            socket.getOutputStream().write("GET /api/sta".getBytes(StandardCharsets.US_ASCII));
          }
        }
        // One that waited past its time behind them may be dropped; the page then asks again.
        HttpResponse<byte[]> answer = null;
        long end = System.nanoTime() + 3_000_000_000L;
        while (answer == null && System.nanoTime() < end) {
          try {
            answer = Http.get(other.url(), "/api/status");
          } catch (IOException dropped) {
            Thread.sleep(100);
          }
        }
        assertEquals(200, answer == null ? 0 : answer.statusCode(), "answered within 3 s");
      } finally {
        for (Socket socket : stalled) {
          socket.close();
        }
      }
    }
  }

  @Test
  void clientsBeyondTheThreadsAndTheWaitingLineAreTurnedAwayAtOnce() throws Exception {
    Limits few = new Limits(1, 1, Duration.ofSeconds(30), Duration.ofSeconds(30));
    try (WatchServer other = WatchServer.bind(0, few)) {
      other.serve(run, false);
      List<Socket> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < 4; i++) {
          Socket socket = new Socket(InetAddress.getLoopbackAddress(), other.url().getPort());
          stalled.add(socket);
          socket.getOutputStream().write("GET /api/sta".getBytes(StandardCharsets.US_ASCII));
        }
        int closed = 0;
        for (Socket socket : stalled) {
          socket.setSoTimeout(1000);
          try {
            closed += socket.getInputStream().read() == -1 ? 1 : 0;
          } catch (SocketTimeoutException stillOpen) {
            // Answered by a thread, or waiting for one.
          } catch (SocketException reset) {
            closed++;
          }
        }
        assertEquals(2, closed, "one answered, one waiting, the others closed");
      } finally {
        for (Socket socket : stalled) {
          socket.close();
        }
      }
    }
  }

  @Test
  void answersLoopbackNamesOnlyAndOnlyReads() throws IOException {
    int port = url.getPort();
    assertTrue(Http.raw(port, get("/api/status", "localhost:" + port)).contains(" 200"));
    assertTrue(Http.raw(port, get("/api/status", "evil.example:" + port)).contains(" 403"));
    String post = "POST /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n";
    assertTrue(Http.raw(port, post).contains(" 405"));
  }

  /** Reloads and closed tabs: requests abandoned before, during and after the answer. */
  @Test
  void clientsThatGoAwayLeaveNothingBroken() throws Exception {
    int port = url.getPort();
    for (int i = 0; i < 60; i++) {
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        if (i % 3 == 0) {
          socket.setSoLinger(true, 0); // a reset rather than a close
        }
        socket.setSoTimeout(5000);
        boolean whole = i % 4 != 0;
        OutputStream out = socket.getOutputStream();
        String request =
            get(i % 2 == 0 ? "/api/metrics?from=0" : "/snapshots/000006-ensemble.png", "127.0.0.1");
        out.write(
            request
                .substring(0, i % 4 == 0 ? request.length() / 2 : request.length())
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        if (whole && i % 5 == 0) {
          socket.getInputStream().read(); // the first byte of the answer, then gone
        }
      }
    }
    ExecutorService pages = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        answers.add(pages.submit(() -> Http.get(url, "/api/status").statusCode()));
      }
      for (Future<Integer> a : answers) {
        assertEquals(200, a.get());
      }
    } finally {
      pages.shutdownNow();
    }
    assertEquals(6, Http.json(url, "/api/status").path("lines").asInt());
  }

  @Test
  void aRunStillGrowingIsFollowed(@TempDir Path dir) throws Exception {
    RunFolder growing = new RunFolder(dir.resolve("tiny").resolve("growing"));
    Files.createDirectories(growing.snapshots());
    Files.copy(run.info(), growing.info());
    Files.copy(run.piece(), growing.piece());
    List<String> lines = Files.readAllLines(run.metrics());
    Files.write(growing.metrics(), lines.subList(0, 2));
    try (WatchServer other = WatchServer.bind(0)) {
      other.serve(growing, true);
      JsonNode status = Http.json(other.url(), "/api/status");
      assertEquals(2, status.path("lines").asInt());
      assertEquals(0, status.path("snapshots").asInt());
      assertTrue(status.path("live").asBoolean());
      String next = String.join("\n", lines.subList(2, 5)) + "\n" + lines.get(5).substring(0, 20);
      Files.writeString(growing.metrics(), next, java.nio.file.StandardOpenOption.APPEND);
      for (String f : Arrays.asList("000003-g1.png", "000003-g2.png", "000003-ensemble.png")) {
        Files.copy(run.snapshots().resolve(f), growing.snapshots().resolve(f));
      }
      status = Http.json(other.url(), "/api/status");
      assertEquals(5, status.path("lines").asInt(), "the half-written line waits");
      assertEquals(3, status.path("latest_snapshot").asInt());
      assertEquals(3, Http.json(other.url(), "/api/metrics?from=2").path("lines").size());
    }
  }

  private static String get(String path, String host) {
    return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
  }
}
