package art.equilibria.watch;

import art.equilibria.run.RunFolder;
import art.equilibria.sweep.SweepFolder;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The page of one run (or one sweep) on {@code http://127.0.0.1:PORT/}, served by the JDK's HTTP
 * server on the loopback address only. Binding and serving are separate steps so a taken port is
 * known before a training creates its run folder. A client that stalls, or asks too much at once,
 * is cut off ({@link Limits}) rather than keeping the page from others.
 */
public final class WatchServer implements AutoCloseable {
  public static final int DEFAULT_PORT = 8765;

  private final HttpServer http;
  private final Workers workers;
  private final AtomicBoolean closed = new AtomicBoolean();
  private Router router;

  private WatchServer(HttpServer http, Workers workers) {
    this.http = http;
    this.workers = workers;
  }

  /**
   * Takes the port on 127.0.0.1 (0: any free port).
   *
   * @throws java.net.BindException when the port is taken
   */
  public static WatchServer bind(int port) throws IOException {
    return bind(port, Limits.DEFAULT);
  }

  static WatchServer bind(int port, Limits limits) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    Workers workers = new Workers(limits);
    http.setExecutor(workers);
    return new WatchServer(http, workers);
  }

  /**
   * Starts answering with the run's page (and its piece's sweeps').
   *
   * @param live whether this process is training the run
   */
  public void serve(RunFolder run, boolean live) {
    serve(Site.of(run, live));
  }

  /** Starts answering with a sweep's page (and its runs', and the other sweeps' of its piece). */
  public void serve(SweepFolder sweep) {
    serve(Site.of(sweep));
  }

  private synchronized void serve(Site site) {
    if (router != null) {
      throw new IllegalStateException("already serving");
    }
    router = new Router(site);
    http.createContext("/", workers.answering(router));
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
      workers.close();
    }
  }
}
