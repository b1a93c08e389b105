package art.equilibria.watch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import art.equilibria.TestRuns;
import art.equilibria.loss.LossTerms;
import art.equilibria.piece.PieceFile;
import art.equilibria.run.RunFolder;
import art.equilibria.sweep.Axis;
import art.equilibria.sweep.CellPiece;
import art.equilibria.sweep.Grid;
import art.equilibria.sweep.RunScores;
import art.equilibria.sweep.RunScoring;
import art.equilibria.sweep.Sweep;
import art.equilibria.sweep.SweepFolder;
import art.equilibria.sweep.SweepRecord;
import art.equilibria.sweep.SweepTable;
import art.equilibria.train.TrainingListener;
import art.equilibria.train.TrainingRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of a tiny sweep (two runs of the tiny piece, batch 2 and 4), caught half way: one run
 * scored, the other trained but not yet scored, then both, as a sweep writes its files.
 */
class SweepPagesTest {
  /** Where the screenshot is kept to look at after the build. */
  private static final Path SCREENSHOT = Path.of("target/sweep-page.png");

  @TempDir static Path tmp;

  private static final Grid GRID = grid();
  private static SweepFolder trained;
  private static final List<RunScores> SCORES = new ArrayList<>();

  private static Grid grid() {
    try {
      return new Grid(List.of(Axis.parse("schedule.batch=2,4")), 1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Trains and scores both runs as a sweep's tasks do, but here, and writes no table yet. */
  @BeforeAll
  static void trainATinySweep() throws Exception {
    PieceFile piece = PieceFile.read(TestRuns.TINY);
    trained = SweepFolder.of(tmp.resolve("trained"), "tiny", "batch");
    Sweep.begin(
        trained, piece, new SweepRecord("tiny", "tiny.yaml", 6L, false, GRID, piece.sha256(), "-"));
    try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
      for (int r = 0; r < GRID.runs(); r++) {
        CellPiece cell = CellPiece.of(piece, GRID, r, false, LossTerms.installed());
        RunFolder run = trained.run(GRID, r);
        Files.createDirectories(run.staging().dir());
        new TrainingRun(cell.piece(), run, Device.cpu(), TrainingListener.NONE)
            .train(cell.file(), 6, false);
        SCORES.add(RunScoring.score(run, r, 2, manager));
      }
    }
  }

  /** The trained sweep copied under {@code renders/}, with the first run scored. */
  private static SweepFolder halfWay(Path renders) throws IOException {
    Path from = trained.dir().getParent().getParent().getParent();
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path to = renders.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    }
    SweepFolder sweep = SweepFolder.of(renders, "tiny", "batch");
    Sweep.write(sweep, GRID, Arrays.asList(SCORES.get(0), null));
    return sweep;
  }

  @Test
  void aPiecesSweepsAreListedAndASweepsPageHoldsItsTableLinkingEachRun(@TempDir Path renders)
      throws Exception {
    SweepFolder sweep = halfWay(renders);
    // An ordinary run of the piece, beside its sweeps.
    RunFolder run = new RunFolder(renders.resolve("tiny/20261129-194819"));
    Files.createDirectories(run.snapshots());
    Files.copy(sweep.run(GRID, 0).info(), run.info());
    Files.copy(sweep.run(GRID, 0).piece(), run.piece());
    try (WatchServer server = WatchServer.bind(0)) {
      server.serve(run, false);
      URI url = server.url();

      JsonNode listed = Http.json(url, "/api/sweeps").path("sweeps");
      assertEquals(1, listed.size(), listed.toString());
      JsonNode batch = listed.get(0);
      assertEquals("batch", batch.path("name").asText());
      assertEquals("/sweeps/batch/", batch.path("address").asText());
      assertEquals("schedule.batch", batch.path("varies").asText());
      assertEquals("stopped", batch.path("state").asText(), "half way, and no sweep running");
      assertEquals(1, batch.path("scored").asInt());
      assertEquals(2, batch.path("runs").asInt());

      HttpResponse<byte[]> bare = Http.get(url, "/sweeps/batch");
      assertEquals(302, bare.statusCode());
      assertEquals("/sweeps/batch/", bare.headers().firstValue("Location").orElse(""));
      HttpResponse<byte[]> page = Http.get(url, "/sweeps/batch/");
      assertEquals(200, page.statusCode());
      assertTrue(Http.text(page).contains("/assets/sweep.js"));
      assertEquals(200, Http.get(url, "/assets/sweep.js").statusCode());

      // The table: the CSV's rows, then the run not scored yet, each linked to its page.
      JsonNode table = Http.json(url, "/sweeps/batch/api/sweep");
      List<List<String>> csv = SweepTable.parseCsv(Files.readString(sweep.csv()));
      assertEquals(csv.get(0), texts(table.path("columns")));
      assertTrue(
          texts(table.path("first_read"))
              .containsAll(List.of("rank", "run", "schedule.batch", "equilibrium", "failures")));
      JsonNode rows = table.path("rows");
      assertEquals(2, rows.size());
      assertEquals("00-r0", rows.get(0).path("run").asText());
      assertTrue(rows.get(0).path("scored").asBoolean());
      assertEquals("00-r0/", rows.get(0).path("link").asText());
      assertEquals(csv.get(1), texts(rows.get(0).path("values")));
      JsonNode pending = rows.get(1);
      assertEquals("01-r0", pending.path("run").asText());
      assertFalse(pending.path("scored").asBoolean());
      assertEquals("01-r0/", pending.path("link").asText());
      List<String> values = texts(pending.path("values"));
      List<String> columns = csv.get(0);
      assertEquals("4", values.get(columns.indexOf("schedule.batch")));
      assertEquals("finished", values.get(columns.indexOf("state")), "trained, not yet scored");
      assertEquals("", values.get(columns.indexOf("equilibrium")));

      HttpResponse<byte[]> sheet = Http.get(url, "/sweeps/batch/sheet.png?v=1");
      assertEquals(200, sheet.statusCode());
      assertArrayEquals(Files.readAllBytes(sweep.sheet()), sheet.body());

      // A run of the sweep has its ordinary page at its own address.
      assertEquals(
          "/sweeps/batch/00-r0/",
          Http.get(url, "/sweeps/batch/00-r0").headers().firstValue("Location").orElse(""));
      HttpResponse<byte[]> runPage = Http.get(url, "/sweeps/batch/00-r0/");
      assertEquals(200, runPage.statusCode());
      assertTrue(Http.text(runPage).contains("/assets/watch.js"));
      JsonNode status = Http.json(url, "/sweeps/batch/00-r0/api/status");
      assertEquals("batch/00-r0", status.path("run").asText());
      assertEquals("finished", status.path("state").asText());
      assertEquals(6, status.path("lines").asInt());
      assertEquals(200, Http.get(url, "/sweeps/batch/00-r0/snapshots/000006-g1.png").statusCode());
      assertEquals(
          listed, Http.json(url, "/sweeps/batch/00-r0/api/sweeps").path("sweeps"), "same piece");

      // The sweep scores its second run: the page's next answer has it.
      Thread.sleep(20); // a new modification time
      Sweep.write(sweep, GRID, SCORES);
      JsonNode done = Http.json(url, "/sweeps/batch/api/sweep");
      assertEquals("finished", done.path("state").asText());
      assertEquals(2, done.path("scored").asInt());
      assertTrue(done.path("rows").get(1).path("scored").asBoolean());
      assertTrue(done.path("sheet").asLong() >= table.path("sheet").asLong());

      for (String path :
          List.of(
              "/sweeps/nope/",
              "/sweeps/batch/02-r0/",
              "/sweeps/..%2f..%2ftiny/",
              "/sweeps/batch/00-r0/..%2frun.json",
              "/sweeps/batch/sweep.json")) {
        assertEquals(404, Http.get(url, path).statusCode(), path);
      }
    }
  }

  @Test
  void aSweepServedOnItsOwnOpensOnItsPage(@TempDir Path renders) throws Exception {
    SweepFolder sweep = halfWay(renders);
    try (WatchServer server = WatchServer.bind(0)) {
      server.serve(sweep);
      HttpResponse<byte[]> home = Http.get(server.url(), "/");
      assertEquals(302, home.statusCode());
      assertEquals("/sweeps/batch/", home.headers().firstValue("Location").orElse(""));
      assertEquals(404, Http.get(server.url(), "/api/status").statusCode(), "no run at /");
      assertEquals(2, Http.json(server.url(), "/sweeps/batch/api/sweep").path("rows").size());
    }
  }

  /** What the sweep's page shows, read from its DOM. */
  private static final String PAGE =
      "JSON.stringify({"
          + "path: location.pathname,"
          + "rows: [...document.querySelectorAll('#table tbody tr')].map(r => ({"
          + "  cells: [...r.cells].map(c => c.textContent),"
          + "  link: r.querySelector('a') ? r.querySelector('a').getAttribute('href') : null,"
          + "  pending: r.classList.contains('pending')})),"
          + "sheet: [...document.querySelectorAll('#sheet img')]"
          + "  .map(i => i.complete && i.naturalWidth > 0),"
          + "state: document.getElementById('state').textContent})";

  /** What a run's page shows: its state and whether its snapshot grids loaded. */
  private static final String RUN_PAGE =
      "JSON.stringify({state: document.getElementById('state').textContent,"
          + "grids: [...document.querySelectorAll('#grids img')]"
          + "  .map(i => i.complete && i.naturalWidth > 0)})";

  @Test
  void inABrowserTheSweepsPageFollowsTheSweepAndLeadsToItsRuns(@TempDir Path renders)
      throws Exception {
    Path exe = Chromium.executable().orElse(null);
    assumeTrue(exe != null, "chromium is not installed here; .ci/run installs it in CI");
    SweepFolder sweep = halfWay(renders);
    try (WatchServer server = WatchServer.bind(0);
        Chromium chromium = Chromium.start(exe, renders.resolve("profile"))) {
      server.serve(sweep);
      Chromium.Tab tab = chromium.open(server.url());
      JsonNode half = tab.waitFor(PAGE, p -> p.path("rows").size() == 2, Duration.ofSeconds(60));
      assertEquals("/sweeps/batch/", half.path("path").asText());
      assertEquals("stopped", half.path("state").asText());
      assertEquals("00-r0/", half.path("rows").get(0).path("link").asText());
      assertFalse(half.path("rows").get(0).path("pending").asBoolean());
      assertTrue(half.path("rows").get(1).path("pending").asBoolean());
      // rank, cell, run, then the swept value: batch 2.
      assertEquals(
          List.of("0", "00-r0", "2"), texts(half.path("rows").get(0).path("cells")).subList(1, 4));

      Sweep.write(sweep, GRID, SCORES);
      JsonNode done =
          tab.waitFor(
              PAGE,
              p ->
                  p.path("state").asText().equals("finished")
                      && p.path("sheet").size() == 1
                      && p.path("sheet").get(0).asBoolean(),
              Duration.ofSeconds(30));
      for (JsonNode row : done.path("rows")) {
        assertFalse(row.path("pending").asBoolean(), row.toString());
      }
      Files.createDirectories(SCREENSHOT.getParent());
      Files.write(SCREENSHOT, tab.screenshot());

      Chromium.Tab run =
          chromium.open(server.url().resolve("/sweeps/batch/" + done.at("/rows/0/link").asText()));
      JsonNode shown =
          run.waitFor(
              RUN_PAGE,
              p -> p.path("grids").size() == 2 && p.path("grids").get(0).asBoolean(),
              Duration.ofSeconds(60));
      assertEquals("finished", shown.path("state").asText());
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
