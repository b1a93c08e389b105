package art.equilibria.watch;

import art.equilibria.run.RunFolder;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The page of one run on {@code http://127.0.0.1:PORT/}, served by the JDK's HTTP server on the
 * loopback address only. Binding and serving are separate steps so a taken port is known before a
 * training creates its run folder.
 */
public final class WatchServer implements AutoCloseable {
  public static final int DEFAULT_PORT = 8765;

  /** Few threads: a page asks a handful of small questions a second. */
  private static final int THREADS = 3;

  private final HttpServer http;
  private final ExecutorService threads;
  private final AtomicBoolean closed = new AtomicBoolean();
  private Router router;

  private WatchServer(HttpServer http, ExecutorService threads) {
    this.http = http;
    this.threads = threads;
  }

  /**
   * Takes the port on 127.0.0.1 (0: any free port).
   *
   * @throws java.net.BindException when the port is taken
   */
  public static WatchServer bind(int port) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    AtomicInteger n = new AtomicInteger();
    ExecutorService threads =
        Executors.newFixedThreadPool(
            THREADS,
            task -> {
              Thread t = new Thread(task, "watch-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(threads);
    return new WatchServer(http, threads);
  }

  /**
   * Starts answering with the run's page.
   *
   * @param live whether this process is training the run
   */
  public synchronized void serve(RunFolder run, boolean live) {
    if (router != null) {
      throw new IllegalStateException("already serving");
    }
    router = new Router(new RunView(run, live));
    http.createContext("/", router);
    http.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
  }

  /** When a page last polled ({@link System#nanoTime}); 0: none yet. */
  long lastPollNanos() {
    Router r = router;
    return r == null ? 0 : r.lastStatusNanos();
  }

  /**
   * Stops, letting exchanges in flight finish (a second at most); a page left open then says the
   * server stopped and keeps trying to reconnect.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      // Up to a second for exchanges in flight: the last poll carries the final state.
      http.stop(1);
      threads.shutdownNow();
    }
  }
}
