package art.equilibria.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.run.RunFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Loss plots as PNG in the run folder, from metrics.jsonl. */
class PlotWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A metrics line like a training's; g2's cosine term only every other step. */
  private static String line(int step) {
    String cosine = step % 2 == 0 ? "\"cosine\":" + (1.0 / (step + 1)) + "," : "";
    return String.format(
        "{\"step\":%d,\"stage\":0,\"resolution\":8,\"alpha\":1.0,\"seconds\":%.1f,\"networks\":{"
            + "\"d\":{\"terms\":{\"diametric\":%f},\"total\":%f,\"grad_norm\":0.2},"
            + "\"g1\":{\"terms\":{\"adversarial\":%f},\"total\":%f,\"grad_norm\":0.8,"
            + "\"colour_variance\":0.5},"
            + "\"g2\":{\"terms\":{%s\"colour-variance\":-0.1},\"total\":0.3,\"grad_norm\":1.1,"
            + "\"colour_variance\":0.6}}}%n",
        step,
        step * 0.1,
        0.7 + 0.01 * Math.sin(step),
        0.7 + 0.01 * Math.sin(step),
        0.6 + step * 0.01,
        0.6 + step * 0.01,
        cosine);
  }

  private static List<JsonNode> lines(int n) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(JSON.readTree(line(i)));
    }
    return lines;
  }

  @Test
  void oneChartPerNetworkAndTermAndOneForTheTotals() throws IOException {
    List<Plot> plots = LossPlots.from(lines(10));
    assertEquals(
        List.of(
            "loss-d-diametric.png",
            "loss-g1-adversarial.png",
            "loss-g2-cosine.png",
            "loss-g2-colour-variance.png",
            "total.png"),
        plots.stream().map(Plot::file).toList());
    Plot cosine = plots.get(2);
    assertEquals(5, cosine.series().get(0).steps().length, "only the steps it was active");
    assertEquals(8.0, cosine.series().get(0).steps()[4]);
    Plot total = plots.get(4);
    assertEquals(List.of("d", "g1", "g2"), total.series().stream().map(Series::name).toList());
    assertEquals(List.of(), LossPlots.from(List.of()));
  }

  @Test
  void everyChartMarksWhereEachLaterStageBeginsAndSmoothsItsLines() throws IOException {
    List<JsonNode> lines = lines(10);
    for (int i = 6; i < 10; i++) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) lines.get(i)).put("stage", 1);
      ((com.fasterxml.jackson.databind.node.ObjectNode) lines.get(i)).put("resolution", 16);
    }
    for (Plot plot : LossPlots.from(lines)) {
      assertEquals(List.of(new Plot.StageStart(6, 16)), plot.stages(), plot.file());
      assertTrue(plot.smoothed(), plot.file());
    }
  }

  /** Inline (CPU training) and on a thread of its own (GPU training). */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void writesThePlotsAtEverySnapshot(boolean onGpu, @TempDir Path dir) throws IOException {
    RunFolder run = new RunFolder(dir);
    StringBuilder metrics = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      metrics.append(line(i));
    }
    Files.writeString(run.metrics(), metrics);
    try (PlotWriter plots = PlotWriter.forTraining(run, onGpu)) {
      plots.snapshot(0, null);
      plots.snapshot(40, null);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(run.plots())) {
      files = s.sorted().toList();
    }
    assertEquals(5, files.size(), files.toString());
    for (Path file : files) {
      assertFalse(file.getFileName().toString().startsWith("."), "no temporary file left");
      BufferedImage png = ImageIO.read(file.toFile());
      assertEquals(LossChart.WIDTH, png.getWidth());
      assertEquals(LossChart.HEIGHT, png.getHeight());
      assertTrue(colours(png) > 20, file + " has lines and labels");
    }
  }

  @Test
  void noMetricsNoPlotsAndNoFailure(@TempDir Path dir) {
    RunFolder run = new RunFolder(dir);
    try (PlotWriter plots = PlotWriter.background(run)) {
      plots.snapshot(0, null);
    }
    assertFalse(Files.exists(run.plots()));
  }

  private static long colours(BufferedImage png) {
    return java.util.stream.IntStream.range(0, png.getWidth() * png.getHeight())
        .map(i -> png.getRGB(i % png.getWidth(), i / png.getWidth()))
        .distinct()
        .count();
  }
}
