package art.equilibria.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.run.RunFolder;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live page's lifetime around a training. */
class WatchListenerTest {
  @Test
  void withNoPageOpenClosingStopsTheServerAtOnce(@TempDir Path dir) throws IOException {
    WatchServer server = WatchServer.bind(0);
    URI url = server.url();
    WatchListener page = new WatchListener(server, new RunFolder(dir));
    assertEquals(200, Http.get(url, "/").statusCode());
    page.finished(0);
    long start = System.nanoTime();
    page.close();
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "no page polled: no wait");
    assertThrows(ConnectException.class, () -> Http.get(url, "/api/status"));
  }

  @Test
  void anOpenPageGetsItsLastPollBeforeTheServerStops(@TempDir Path dir) throws Exception {
    WatchServer server = WatchServer.bind(0);
    URI url = server.url();
    WatchListener page = new WatchListener(server, new RunFolder(dir));
    Http.json(url, "/api/status");
    page.finished(0);
    CompletableFuture<String> lastPoll =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                Thread.sleep(300);
                return Http.json(url, "/api/status").path("state").asText();
              } catch (IOException | InterruptedException e) {
                return e.toString();
              }
            });
    page.close();
    assertEquals("starting", lastPoll.get(5, TimeUnit.SECONDS), "answered before stopping");
  }

  @Test
  void aServerThatNeverServedClosesCleanly() throws IOException {
    WatchServer server = WatchServer.bind(0);
    server.close();
    server.close();
  }
}
