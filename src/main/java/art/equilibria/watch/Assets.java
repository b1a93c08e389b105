package art.equilibria.watch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The page's files, from the class path; only these names are served. */
final class Assets {
  private static final String BASE = "/art/equilibria/watch/";

  /** Request path to resource and content type. */
  private static final Map<String, String[]> FILES =
      Map.of(
          "/", new String[] {"index.html", "text/html; charset=utf-8"},
          "/assets/watch.js", new String[] {"watch.js", "text/javascript; charset=utf-8"},
          "/assets/watch.css", new String[] {"watch.css", "text/css; charset=utf-8"},
          "/assets/uPlot.iife.min.js",
              new String[] {"vendor/uplot/uPlot.iife.min.js", "text/javascript; charset=utf-8"},
          "/assets/uPlot.min.css",
              new String[] {"vendor/uplot/uPlot.min.css", "text/css; charset=utf-8"},
          "/assets/uPlot-LICENSE",
              new String[] {"vendor/uplot/LICENSE", "text/plain; charset=utf-8"});

  private Assets() {}

  static boolean has(String path) {
    return FILES.containsKey(path);
  }

  static String type(String path) {
    return FILES.get(path)[1];
  }

  static byte[] read(String path) throws IOException {
    try (InputStream in = Assets.class.getResourceAsStream(BASE + FILES.get(path)[0])) {
      if (in == null) {
        throw new IOException("page file missing from the jar: " + FILES.get(path)[0]);
      }
      return in.readAllBytes();
    }
  }
}
