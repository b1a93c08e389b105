package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.TestRuns;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
  @TempDir static Path out;
  private static Path run;

  @BeforeAll
  static void trainATinyRun() throws Exception {
    run = TestRuns.train(out, TestRuns.TINY).dir();
  }

  @Test
  void aTinySearchWritesItsArchiveHeatmapAndRecord() throws Exception {
    Cli.Result r =
        Cli.run(
            "search",
            run.toString(),
            "--algorithm",
            "cma-me",
            "--measures",
            "colourfulness,sharpness",
            "--cells",
            "4",
            "--iterations",
            "3",
            "--batch",
            "6",
            "--name",
            "tiny");
    assertEquals(0, r.exit(), r.err());
    Path dir = run.resolve("search/tiny");
    JsonNode record = new ObjectMapper().readTree(dir.resolve("search.json").toFile());
    assertEquals("finished", record.path("state").asText());
    assertEquals(3, record.path("history").size());
    // A short search's archive learning rate unless told otherwise, not pyribs' 0.01.
    assertEquals(0.5, record.path("settings").path("learningRate").asDouble());
    int found = record.path("history").get(2).path("elites").asInt();
    double pixels = record.path("diversity").path("pixels").asDouble();
    double seen = record.path("diversity").path("embeddings").asDouble();
    assertTrue(pixels >= 1 && pixels <= found, "pixels " + pixels);
    assertTrue(seen >= 1 && seen <= found, "embeddings " + seen);
    // Pure diversity beside them: links of a tree over the elites, each at most 2 apart as pixels.
    double pure = record.path("diversity").path("purePixels").asDouble(-1);
    assertTrue(pure > 0 && pure <= 2 * (found - 1), "pure diversity " + pure);
    assertTrue(record.path("diversity").path("pureEmbeddings").asDouble(-1) > 0, "embeddings");
    assertEquals(18, record.path("history").get(2).path("evaluations").asLong());
    List<String> archive = Files.readAllLines(dir.resolve("archive.csv"));
    int elites = record.path("history").get(2).path("elites").asInt();
    assertTrue(elites >= 1, "something was found");
    assertEquals(1 + elites, archive.size());
    assertTrue(archive.get(0).startsWith("cell,objective,colourfulness,sharpness,z0,"));
    // 16 latent values per elite: the tiny piece's latent size.
    assertEquals(2 + 2 + 16, archive.get(1).split(",").length);
    BufferedImage heatmap = ImageIO.read(dir.resolve("heatmap.png").toFile());
    assertTrue(heatmap.getWidth() > heatmap.getHeight(), "4 cells of two generators side by side");
    assertTrue(Files.exists(dir.resolve("progress.png")));

    Cli.Result show = Cli.run("show", run.toString());
    assertTrue(
        show.out()
            .contains(
                "searches     tiny (finished): cma-me of g1 over colourfulness x"
                    + " sharpness, objective typical: 3 iterations, 18 latents"),
        show.out());
    assertTrue(show.out().contains(" (embeddings), pure diversity "), show.out());
    Cli.Result render =
        Cli.run(
            "render",
            run.toString(),
            "--keyframes",
            "search:tiny:2",
            "--duration",
            "1s",
            "--fps",
            "4",
            "--out",
            out.resolve("tour.mp4").toString());
    assertEquals(0, render.exit(), render.err());
    JsonNode sidecar = new ObjectMapper().readTree(out.resolve("tour.json").toFile());
    JsonNode keyframes = sidecar.path("keyframes");
    assertTrue(
        keyframes.path("source").asText().startsWith("search:tiny (tour of 2"), sidecar.toString());
    assertEquals(2, keyframes.path("latents").size());
    assertEquals(16, keyframes.path("latents").get(0).size());
    Cli.Result stills =
        Cli.run("stills", run.toString(), "--keyframes", "search:tiny:cells=" + firstCell(archive));
    assertEquals(2, stills.exit(), "one keyframe is no path: " + stills.err());
    assertTrue(stills.err().contains("a path needs two keyframes"), stills.err());
    Cli.Result missing = Cli.run("render", run.toString(), "--keyframes", "search:nowhere");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("has no search named 'nowhere'"), missing.err());

    Cli.Result again = Cli.run("search", run.toString(), "--name", "tiny", "--iterations", "1");
    assertEquals(2, again.exit());
    assertTrue(again.err().contains("a search is never overwritten"), again.err());
  }

  @Test
  void aCentroidalArchiveHasAsManyCellsAsTheGridWouldHave() throws Exception {
    Cli.Result r =
        search(
            "voronoi",
            3,
            "--archive",
            "cvt",
            "--cells",
            "3",
            "--batch",
            "6",
            "--algorithm",
            "cma-mae",
            "--learning-rate",
            "0.01");
    assertEquals(0, r.exit(), r.err());
    Path dir = run.resolve("search/voronoi");
    JsonNode record = new ObjectMapper().readTree(dir.resolve("search.json").toFile());
    assertEquals("cvt", record.path("settings").path("archive").asText());
    assertEquals(0.01, record.path("settings").path("learningRate").asDouble());
    JsonNode last = record.path("history").get(2);
    assertEquals(9, Math.round(last.path("elites").asInt() / last.path("coverage").asDouble()));
    for (String line :
        Files.readAllLines(dir.resolve("archive.csv"))
            .subList(1, 1 + last.path("elites").asInt())) {
      int cell = Integer.parseInt(line.split(",")[0]);
      assertTrue(cell >= 0 && cell < 9, line);
    }
    assertTrue(Files.exists(dir.resolve("heatmap.png")));
    Cli.Result bad = Cli.run("search", run.toString(), "--archive", "hex");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("use grid or cvt, not 'hex'"), bad.err());
  }

  @Test
  void aStoppedSearchResumesToTheArchiveOfOneThatNeverStopped() throws Exception {
    String[] common = {
      "--algorithm", "cma-maega", "--cells", "4", "--batch", "6", "--measures", "colourfulness"
    };
    assertEquals(0, search("whole", 4, common).exit());
    assertEquals(0, search("halves", 2, common).exit());
    // A kill during the next append leaves part of a record: it is dropped and scored again.
    Path log = run.resolve("search/halves/evaluations.log");
    Files.write(log, new byte[] {0, 0, 1, 0, 7}, java.nio.file.StandardOpenOption.APPEND);
    Cli.Result resumed =
        Cli.run("search", run.toString(), "--resume", "halves", "--iterations", "4");
    assertEquals(0, resumed.exit(), resumed.err());
    assertEquals(
        Files.readAllLines(run.resolve("search/whole/archive.csv")),
        Files.readAllLines(run.resolve("search/halves/archive.csv")));
    JsonNode record =
        new ObjectMapper().readTree(run.resolve("search/halves/search.json").toFile());
    assertEquals("finished", record.path("state").asText());
    assertEquals(4, record.path("history").size());
    assertEquals(4, record.path("settings").path("iterations").asInt());
    Cli.Result changed = Cli.run("search", run.toString(), "--resume", "halves", "--cells", "8");
    assertEquals(2, changed.exit());
    assertTrue(
        changed.err().contains("--cells: a resumed search keeps its settings"), changed.err());
  }

  @Test
  void aLatentMovedTowardAMeasureRaisesItAndRendersThereAndBack() throws Exception {
    Cli.Result up =
        Cli.run(
            "optimise", run.toString(), "--toward", "brightness", "--steps", "8", "--lr", "0.2");
    assertEquals(0, up.exit(), up.err());
    Cli.Result down =
        Cli.run(
            "optimise",
            run.toString(),
            "--toward",
            "brightness",
            "--away",
            "--steps",
            "8",
            "--lr",
            "0.2");
    assertEquals(0, down.exit(), down.err());
    List<String> rising = Files.readAllLines(run.resolve("optimise/brightness-up-from-0/path.csv"));
    List<String> falling =
        Files.readAllLines(run.resolve("optimise/brightness-down-from-0/path.csv"));
    assertEquals(1 + 9, rising.size(), "the start and 8 steps");
    double start = Double.parseDouble(rising.get(1).split(",")[1]);
    assertEquals(start, Double.parseDouble(falling.get(1).split(",")[1]), 1e-9);
    assertTrue(Double.parseDouble(rising.get(9).split(",")[1]) > start, rising.get(9));
    assertTrue(Double.parseDouble(falling.get(9).split(",")[1]) < start, falling.get(9));
    assertTrue(Files.exists(run.resolve("optimise/brightness-up-from-0/strip.png")));

    Cli.Result render =
        Cli.run(
            "render",
            run.toString(),
            "--keyframes",
            "optimise:brightness-up-from-0",
            "--duration",
            "1s",
            "--fps",
            "4",
            "--out",
            out.resolve("path.mp4").toString());
    assertEquals(0, render.exit(), render.err());
    JsonNode keyframes =
        new ObjectMapper().readTree(out.resolve("path.json").toFile()).path("keyframes");
    // The run's render has 3 keyframes: start, middle, end, then back through the middle.
    assertEquals(4, keyframes.path("latents").size());
    assertEquals(keyframes.path("latents").get(1), keyframes.path("latents").get(3));

    Cli.Result flat = Cli.run("optimise", run.toString(), "--toward", "clipped");
    assertEquals(2, flat.exit());
    assertTrue(flat.err().contains("--toward clipped: it has no gradient to follow"), flat.err());
  }

  @Test
  void aPiecesSearchBlockGivesTheDefaultsAndOptionsOverrideThem(@TempDir Path dir)
      throws Exception {
    Path piece = dir.resolve("searched.yaml");
    Files.writeString(
        piece,
        Files.readString(TestRuns.TINY)
            + "search: {measures: [brightness], algorithm: random, cells: 3, iterations: 2,"
            + " batch: 4}\n");
    Path searched = TestRuns.train(dir.resolve("renders"), piece).dir();
    assertEquals(0, Cli.run("search", searched.toString()).exit());
    JsonNode settings =
        new ObjectMapper()
            .readTree(searched.resolve("search/random-brightness/search.json").toFile())
            .path("settings");
    assertEquals("[\"brightness\"]", settings.path("measures").toString());
    assertEquals(3, settings.path("cells").asInt());
    assertEquals(2, settings.path("iterations").asInt());
    assertEquals(
        0, Cli.run("search", searched.toString(), "--cells", "5", "--name", "five").exit());
    assertEquals(
        5,
        new ObjectMapper()
            .readTree(searched.resolve("search/five/search.json").toFile())
            .path("settings")
            .path("cells")
            .asInt());
  }

  private static Cli.Result search(String name, int iterations, String... options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("search", run.toString(), "--name", name, "--iterations", "" + iterations));
    args.addAll(List.of(options));
    return Cli.run(args.toArray(String[]::new));
  }

  private static String firstCell(List<String> archive) {
    return archive.get(1).split(",")[0];
  }

  @Test
  void badChoicesGetOneLineNamingTheOption() {
    assertRefused("--measures unknown: no such measure", "--measures", "unknown");
    assertRefused("--measures a,b,c: give one or two", "--measures", "a,b,c");
    assertRefused("--algorithm best: use one of random, map-elites", "--algorithm", "best");
    assertRefused("--cells 1: use 2 to 100", "--cells", "1");
    assertRefused("--generator g9: this run's generators are g1, g2", "--generator", "g9");
    assertRefused(
        "--measures clipped: --algorithm cma-maega follows gradients",
        "--algorithm",
        "cma-maega",
        "--measures",
        "clipped");
  }

  private static void assertRefused(String message, String... options) {
    String[] args = new String[options.length + 4];
    args[0] = "search";
    args[1] = run.toString();
    args[2] = "--iterations";
    args[3] = "1";
    System.arraycopy(options, 0, args, 4, options.length);
    Cli.Result r = Cli.run(args);
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains(message), r.err());
    assertFalse(Files.exists(run.resolve("search/cma-mae-unknown")));
  }
}
