package art.equilibria.watch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The pages' files, from the class path; only these are served. */
final class Assets {
  private static final String BASE = "/art/equilibria/watch/";

  /** A file of the pages: its resource under {@link #BASE} and its content type. */
  record Asset(String resource, String type) {
    byte[] read() throws IOException {
      try (InputStream in = Assets.class.getResourceAsStream(BASE + resource)) {
        if (in == null) {
          throw new IOException("page file missing from the jar: " + resource);
        }
        return in.readAllBytes();
      }
    }
  }

  private static final String JS = "text/javascript; charset=utf-8";
  private static final String CSS = "text/css; charset=utf-8";
  private static final String HTML = "text/html; charset=utf-8";

  /** A run's page, at {@code /} and at each sweep's run's address. */
  static final Asset RUN_PAGE = new Asset("index.html", HTML);

  /** A sweep's page, at {@code /sweeps/NAME/}. */
  static final Asset SWEEP_PAGE = new Asset("sweep.html", HTML);

  /** What the pages load, by request path: the same for every page. */
  private static final Map<String, Asset> FILES =
      Map.of(
          "/assets/page.js", new Asset("page.js", JS),
          "/assets/watch.js", new Asset("watch.js", JS),
          "/assets/sweep.js", new Asset("sweep.js", JS),
          "/assets/watch.css", new Asset("watch.css", CSS),
          "/assets/uPlot.iife.min.js", new Asset("vendor/uplot/uPlot.iife.min.js", JS),
          "/assets/uPlot.min.css", new Asset("vendor/uplot/uPlot.min.css", CSS),
          "/assets/uPlot-LICENSE", new Asset("vendor/uplot/LICENSE", "text/plain; charset=utf-8"));

  private Assets() {}

  /** The asset at a request path; null when there is none. */
  static Asset at(String path) {
    return FILES.get(path);
  }
}
