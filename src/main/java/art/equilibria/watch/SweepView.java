package art.equilibria.watch;

import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.run.RunStatus;
import art.equilibria.sweep.Axis;
import art.equilibria.sweep.Grid;
import art.equilibria.sweep.SweepFolder;
import art.equilibria.sweep.SweepRecord;
import art.equilibria.sweep.SweepTable;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sweep's page, read from its folder alone: sweep.json, scores.csv as the sweep rewrites it after
 * each run it scores (read again only when it changed), sheet.png, and the state of each run not
 * scored yet. Each of its runs is shown by a {@link RunView} of its own.
 */
final class SweepView {
  private final SweepFolder folder;
  private final SweepRecord record;
  private final Map<String, RunView> runs = new ConcurrentHashMap<>();
  private volatile Scores scores = Scores.NONE;

  /** scores.csv as last read: its rows, header first, and the time and size it was read at. */
  private record Scores(long modified, long size, List<List<String>> rows) {
    static final Scores NONE = new Scores(-1, -1, List.of());
  }

  SweepView(SweepFolder folder) throws IOException {
    this.folder = folder;
    this.record = SweepRecord.read(folder);
  }

  String name() {
    return folder.name();
  }

  /** The page's address. */
  String address() {
    return "/sweeps/" + name() + "/";
  }

  /** One line of the piece's list of sweeps: what it varies, how far it is, its sheet's version. */
  ObjectNode summary() throws IOException {
    ObjectNode out = Responses.JSON.createObjectNode();
    out.put("name", name());
    out.put("address", address());
    out.put("varies", String.join(" x ", grid().axes().stream().map(Axis::field).toList()));
    out.put("state", state());
    out.put("runs", grid().runs());
    out.put("scored", scores().rows().size() - (scores().rows().isEmpty() ? 0 : 1));
    out.put("sheet", sheetVersion());
    return out;
  }

  /**
   * The sweep's table: the columns of scores.csv (with those an artist reads first named), a row
   * for each run it has scored, in its order (by rank), then one for each run not scored yet with
   * its state; each row links to its run's page once the run is there.
   */
  ObjectNode table() throws IOException {
    Grid grid = grid();
    List<List<String>> csv = scores().rows();
    List<String> columns =
        csv.isEmpty() ? SweepTable.header(grid, List.of()) : List.copyOf(csv.get(0));
    ObjectNode out = summary();
    out.put("piece", record.piece());
    out.put("dir", folder.dir().toString());
    out.put("repeats", grid.repeats());
    if (record.steps() != null) {
      out.put("steps", record.steps());
    }
    out.put("sketch", record.sketch());
    ArrayNode names = out.putArray("columns");
    columns.forEach(names::add);
    ArrayNode firstRead = out.putArray("first_read");
    List<String> first = new ArrayList<>(List.of("rank", "cell"));
    if (grid.repeats() > 1) {
      first.add("repeat");
    }
    first.add("run");
    grid.axes().forEach(a -> first.add(a.field()));
    first.addAll(SweepTable.FIRST_READ);
    first.forEach(firstRead::add);
    ArrayNode rows = out.putArray("rows");
    int runColumn = columns.indexOf("run");
    Set<String> scored = new HashSet<>();
    for (List<String> values : csv.subList(Math.min(1, csv.size()), csv.size())) {
      String run = values.get(runColumn);
      scored.add(run);
      row(rows, run, true, values);
    }
    for (int r = 0; r < grid.runs(); r++) {
      if (!scored.contains(grid.runName(r))) {
        row(rows, grid.runName(r), false, pending(grid, r, columns));
      }
    }
    return out;
  }

  /** The contact sheet, or null before the sweep first wrote it. */
  Path sheet() {
    return Contained.file(folder.dir(), folder.sheet());
  }

  /** One of the sweep's runs by its folder's name, or null when it is none of them. */
  RunView run(String runName) {
    Grid grid = grid();
    for (int r = 0; r < grid.runs(); r++) {
      if (grid.runName(r).equals(runName)) {
        return runs.computeIfAbsent(
            runName, n -> new RunView(new RunFolder(folder.dir().resolve(n)), false));
      }
    }
    return null;
  }

  private Grid grid() {
    return record.grid();
  }

  private void row(ArrayNode rows, String run, boolean isScored, List<String> values)
      throws IOException {
    ObjectNode row = rows.addObject();
    row.put("run", run);
    row.put("scored", isScored);
    if (Files.exists(folder.dir().resolve(run).resolve("run.json"))) {
      row.put("link", run + "/");
    }
    ArrayNode cells = row.putArray("values");
    values.forEach(cells::add);
  }

  /** A run not scored yet: its place in the grid, its values, and where it stands. */
  private List<String> pending(Grid grid, int run, List<String> columns) throws IOException {
    RunFolder folderOfRun = new RunFolder(folder.dir().resolve(grid.runName(run)));
    String state = "waiting";
    String steps = "";
    if (Files.exists(folderOfRun.info())) {
      RunStatus status = RunStatus.of(folderOfRun, RunInfo.read(folderOfRun));
      state = status.state();
      steps = Long.toString(status.stepsDone());
    }
    Map<String, String> known = new java.util.HashMap<>(grid.values(grid.cellOf(run)));
    known.put("cell", Integer.toString(grid.cellOf(run)));
    known.put("repeat", Integer.toString(grid.repeatOf(run)));
    known.put("run", grid.runName(run));
    known.put("state", state);
    known.put("steps", steps);
    return columns.stream().map(c -> known.getOrDefault(c, "")).toList();
  }

  /** finished (every run scored), sweeping (a process holds it), or stopped. */
  private String state() throws IOException {
    int rows = scores().rows().size();
    if (rows > 0 && rows - 1 == grid().runs()) {
      return "finished";
    }
    return folder.running() ? "sweeping" : "stopped";
  }

  /** scores.csv, read again only when its time or size changed (the sweep rewrote it). */
  private Scores scores() throws IOException {
    Path file = folder.csv();
    if (!Files.exists(file)) {
      return Scores.NONE;
    }
    BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
    Scores known = scores;
    long modified = now.lastModifiedTime().toMillis();
    if (known.modified() == modified && known.size() == now.size()) {
      return known;
    }
    // Written whole by a rename, so what is read is one version of it.
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Scores read = new Scores(modified, now.size(), SweepTable.parseCsv(text));
    scores = read;
    return read;
  }

  /** The sheet's modification time, which the page adds to its address; 0 before it exists. */
  private long sheetVersion() throws IOException {
    Path sheet = sheet();
    return sheet == null ? 0 : Files.getLastModifiedTime(sheet).toMillis();
  }
}
