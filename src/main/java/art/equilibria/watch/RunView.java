package art.equilibria.watch;

import art.equilibria.loss.LossTerms;
import art.equilibria.piece.NetworkKind;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceException;
import art.equilibria.piece.TermCatalogue;
import art.equilibria.piece.TermSpec;
import art.equilibria.run.FrozenPiece;
import art.equilibria.run.MetricsTail;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.run.SnapshotFiles;
import art.equilibria.search.Searches;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the page shows, read from the run folder alone (run.json, piece.yaml, metrics.jsonl,
 * snapshots/), so a run being trained by this process and one finished long ago look the same.
 * Holds no state per page: any number of pages can come and go.
 */
final class RunView {

  private final RunFolder run;
  private final boolean live;
  private final MetricsTail metrics;
  private volatile Piece piece;

  /**
   * @param live whether this process is the one training the run (its state is then current)
   */
  RunView(RunFolder run, boolean live) {
    this.run = run;
    this.live = live;
    this.metrics = new MetricsTail(run.metrics());
  }

  /** {@code <piece>/<run>}: tells the page when the server behind it now shows another run. */
  String id() {
    Path dir = run.dir().toAbsolutePath().normalize();
    Path parent = dir.getParent();
    return (parent == null ? "" : parent.getFileName() + "/") + dir.getFileName();
  }

  /** The small answer the page polls: enough to know whether to fetch anything else. */
  ObjectNode status() throws IOException {
    RunInfo info = info();
    JsonNode last = metrics.last();
    List<SnapshotFiles.Snapshot> snapshots = SnapshotFiles.list(run.snapshots());
    ObjectNode status = Responses.JSON.createObjectNode();
    status.put("run", id());
    status.put("live", live);
    status.put("state", info == null ? "starting" : info.state());
    status.put("lines", metrics.size());
    status.put("step", last == null ? -1 : last.path("step").asLong());
    status.put("snapshots", snapshots.size());
    status.put(
        "latest_snapshot", snapshots.isEmpty() ? -1 : snapshots.get(snapshots.size() - 1).step());
    return status;
  }

  /** run.json, the piece's networks and terms, where growth stands, rate and time left. */
  ObjectNode overview() throws IOException {
    RunInfo info = info();
    ObjectNode out = Responses.JSON.createObjectNode();
    out.put("run", id());
    out.put("dir", run.dir().toString());
    out.put("live", live);
    out.set("info", info == null ? null : RunInfo.JSON.valueToTree(info));
    Piece p = piece();
    if (p != null) {
      out.put("stages", p.schedule().stages());
      out.put("snapshot_every", p.snapshots().every());
      out.set("networks", networks(p));
    }
    List<JsonNode> lines = metrics.lines();
    JsonNode last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
    if (last != null) {
      ObjectNode latest = out.putObject("latest");
      for (String field : List.of("step", "stage", "resolution", "alpha", "seconds", "rss_mb")) {
        latest.set(field, last.get(field));
      }
    }
    Pace pace = Pace.of(lines);
    ObjectNode paceNode = out.putObject("pace");
    if (!Double.isNaN(pace.secondsPerStep())) {
      paceNode.put("seconds_per_step", pace.secondsPerStep());
      if (info != null && info.state().equals("running")) {
        long done = last == null ? 0 : last.path("step").asLong() + 1;
        paceNode.put("seconds_left", pace.secondsLeft(info.totalSteps() - done));
      }
    }
    return out;
  }

  /** The metrics lines from {@code step} on, as written (fields this version does not know too). */
  ObjectNode metrics(long step) throws IOException {
    ObjectNode out = Responses.JSON.createObjectNode();
    out.put("run", id());
    ArrayNode lines = out.putArray("lines");
    metrics.from(step).forEach(lines::add);
    return out;
  }

  ObjectNode snapshots() throws IOException {
    ObjectNode out = Responses.JSON.createObjectNode();
    out.put("run", id());
    ArrayNode list = out.putArray("snapshots");
    for (SnapshotFiles.Snapshot s : SnapshotFiles.list(run.snapshots())) {
      ObjectNode node = list.addObject();
      node.put("step", s.step());
      node.put("ensemble", s.ensemble());
      ObjectNode generators = node.putObject("generators");
      s.generators().forEach(generators::put);
    }
    return out;
  }

  /** The run's searches, each with its heatmap's version (its modification time) for the page. */
  ObjectNode searches() throws IOException {
    ObjectNode out = Responses.JSON.createObjectNode();
    out.put("run", id());
    ArrayNode list = out.putArray("searches");
    for (Searches.Summary s : Searches.of(run.dir())) {
      ObjectNode node = list.addObject();
      node.put("name", s.name());
      node.put("state", s.state());
      node.put("summary", s.summary());
      Path heatmap = searchHeatmap(s.name());
      node.put("version", heatmap == null ? 0 : Files.getLastModifiedTime(heatmap).toMillis());
    }
    return out;
  }

  /** A search's heatmap by the search's name, as its real path inside the run; else null. */
  Path searchHeatmap(String name) {
    if (!Searches.NAME.matcher(name).matches()) {
      return null;
    }
    return Contained.file(
        run.dir(), run.dir().resolve("search").resolve(name).resolve("heatmap.png"));
  }

  /**
   * A snapshot file by name, as its real path; null when the name is not one, or the file is not a
   * regular file inside the run (no way out of the folder).
   */
  Path snapshotFile(String name) {
    if (!SnapshotFiles.NAME.matcher(name).matches()) {
      return null;
    }
    return Contained.file(run.dir(), run.snapshots().resolve(name));
  }

  private RunInfo info() throws IOException {
    // Absent for a moment at the start of a training, before the run writes it.
    return Files.exists(run.info()) ? RunInfo.read(run) : null;
  }

  /** The frozen piece, read once; null when it cannot be read (the page then uses the metrics). */
  private Piece piece() {
    Piece p = piece;
    if (p == null && Files.exists(run.piece()) && Files.exists(run.info())) {
      try {
        p =
            FrozenPiece.read(
                run, RunInfo.read(run), TermCatalogue.forFinishedRuns(LossTerms.installed()));
        piece = p;
      } catch (PieceException | IOException e) {
        return null;
      }
    }
    return p;
  }

  private static ArrayNode networks(Piece p) {
    ArrayNode networks = Responses.JSON.createArrayNode();
    p.networks()
        .forEach(
            (name, spec) -> {
              ObjectNode network = networks.addObject();
              network.put("name", name);
              network.put("kind", NetworkKind.of(spec).name().toLowerCase(java.util.Locale.ROOT));
              ArrayNode terms = network.putArray("terms");
              for (TermSpec t : p.termsOf(name)) {
                terms.addObject().put("term", t.term()).put("weight", t.weight());
              }
            });
    return networks;
  }
}
