package art.equilibria.watch;

import art.equilibria.run.RunFolder;
import art.equilibria.sweep.SweepFolder;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one server shows: its run at {@code /} (none when it was started for a sweep), and the
 * sweeps of that piece at {@code /sweeps/NAME/}, each with its runs at {@code /sweeps/NAME/RUN/}.
 * Each view is made once and kept, so it reads only what its files gained since.
 */
final class Site {
  private final RunView run;
  private final String home;
  private final Path sweeps;
  private final Map<String, SweepView> views = new ConcurrentHashMap<>();

  private Site(RunView run, String home, Path sweeps) {
    this.run = run;
    this.home = home;
    this.sweeps = sweeps;
  }

  /** A run's page, with its piece's sweeps. */
  static Site of(RunFolder run, boolean live) {
    return new Site(new RunView(run, live), "/", SweepFolder.sweepsOf(run));
  }

  /** A sweep's page, with the other sweeps beside it. */
  static Site of(SweepFolder sweep) {
    Path dir = sweep.dir().toAbsolutePath().normalize();
    return new Site(null, "/sweeps/" + sweep.name() + "/", dir.getParent());
  }

  /** The run shown at {@code /}; null when the server shows a sweep. */
  RunView run() {
    return run;
  }

  /** Where {@code /} leads. */
  String home() {
    return home;
  }

  /** The piece's sweeps now, each as its line in a list. */
  ObjectNode sweeps() throws IOException {
    ObjectNode out = Responses.JSON.createObjectNode();
    ArrayNode list = out.putArray("sweeps");
    for (SweepFolder folder : SweepFolder.in(sweeps)) {
      SweepView view = sweep(folder.name());
      if (view != null) {
        list.add(view.summary());
      }
    }
    return out;
  }

  /** A sweep of the piece by name; null when there is none of that name. */
  SweepView sweep(String name) throws IOException {
    if (!SweepFolder.NAME.matcher(name).matches()) {
      return null;
    }
    SweepFolder folder = new SweepFolder(sweeps.resolve(name));
    if (!folder.exists()) {
      views.remove(name); // deleted since
      return null;
    }
    SweepView known = views.get(name);
    if (known != null) {
      return known;
    }
    SweepView view = new SweepView(folder);
    SweepView raced = views.putIfAbsent(name, view);
    return raced != null ? raced : view;
  }
}
