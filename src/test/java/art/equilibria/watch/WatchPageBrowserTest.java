package art.equilibria.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import art.equilibria.TestRuns;
import art.equilibria.plot.PlotWriter;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.train.Listeners;
import art.equilibria.train.TrainingListener;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real headless Chromium during a small training: it shows the snapshot and plots
 * mid-run, follows the run to its end without a reload, survives a reload and a closed tab, and
 * looks like something. Skipped where Chromium is not installed; CI installs it ({@code .ci/run}).
 */
class WatchPageBrowserTest {
  /** Where the screenshot is kept to look at after the build. */
  private static final Path SCREENSHOT = Path.of("target/watch-page.png");

  private static final int PAUSE_AT = 8;
  private static final int STEPS = 24;

  /** What the page shows, read from its DOM. */
  private static final String PAGE =
      "JSON.stringify({"
          + "step: Number(document.body.dataset.step ?? -1),"
          + "snapshot: Number(document.body.dataset.snapshot ?? -1),"
          + "images: [...document.querySelectorAll('#grids img')]"
          + "  .map(i => i.complete && i.naturalWidth > 0),"
          + "thumbs: document.querySelectorAll('#strip img').length,"
          + "charts: [...document.querySelectorAll('#plots .chart')]"
          + "  .map(c => Number(c.dataset.points || 0)),"
          + "canvases: document.querySelectorAll('#plots canvas').length,"
          + "state: document.getElementById('state').textContent,"
          + "stage: document.getElementById('stage').textContent,"
          + "events: document.getElementById('events').textContent,"
          + "loaded: performance.timeOrigin})";

  /** Holds the training in its snapshot at one step until let go. */
  private static final class Pause implements TrainingListener {
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch go = new CountDownLatch(1);

    @Override
    public void snapshot(long step, Path ensemble) {
      if (step == PAUSE_AT) {
        reached.countDown();
        try {
          go.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @Test
  void thePageFollowsATrainingLive(@TempDir Path tmp) throws Exception {
    Path exe = Chromium.executable().orElse(null);
    assumeTrue(exe != null, "chromium is not installed here; .ci/run installs it in CI");
    Pause pause = new Pause();
    RunFolder run = RunFolder.create(tmp.resolve("renders"), "watch");
    WatchServer server = WatchServer.bind(0);
    WatchListener page = new WatchListener(server, run);
    PlotWriter plots = PlotWriter.background(run);
    CompletableFuture<RunInfo> training =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return TestRuns.train(run, TestRuns.WATCH, Listeners.of(plots, page, pause));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    try (Chromium chromium = Chromium.start(exe, tmp.resolve("profile"))) {
      assertTrue(pause.reached.await(2, TimeUnit.MINUTES), "training reached step " + PAUSE_AT);
      Chromium.Tab tab = chromium.open(server.url());

      // Mid-run: the snapshot of step 8 and 8 points in every chart.
      JsonNode mid =
          tab.waitFor(
              PAGE,
              p -> p.path("snapshot").asInt() == PAUSE_AT && allPoints(p, PAUSE_AT) && loaded(p),
              Duration.ofSeconds(60));
      assertEquals("running", mid.path("state").asText());
      assertEquals("1 of 2", mid.path("stage").asText());
      assertEquals(2, mid.path("images").size(), "one grid per generator");
      assertEquals(
          12,
          mid.path("charts").size(),
          "5 terms, total, gradient norm, colour variance, diversity of the batch and of the"
              + " snapshot grid (Vendi and pure diversity), clipped share");
      assertEquals("no events", mid.path("events").asText());

      // A second tab opened and closed while the training goes on must not disturb anything.
      Chromium.Tab other = chromium.open(server.url());
      pause.go.countDown();
      Thread.sleep(300);
      other.close();

      JsonNode end =
          tab.waitFor(
              PAGE,
              p ->
                  p.path("snapshot").asInt() == STEPS
                      && allPoints(p, STEPS)
                      && loaded(p)
                      && p.path("state").asText().equals("finished"),
              Duration.ofSeconds(120));
      assertEquals(mid.path("loaded"), end.path("loaded"), "followed without a reload");
      assertEquals(STEPS / 4 + 1, end.path("thumbs").asInt(), "every snapshot in the strip");
      assertEquals("2 of 2", end.path("stage").asText());

      byte[] png = tab.screenshot();
      Files.createDirectories(SCREENSHOT.getParent());
      Files.write(SCREENSHOT, png);
      assertNotBlank(ImageIO.read(new ByteArrayInputStream(png)));

      // A reload starts from scratch and gets everything back.
      tab.reload();
      JsonNode reloaded =
          tab.waitFor(
              PAGE,
              p ->
                  p.path("loaded").asDouble() > end.path("loaded").asDouble()
                      && p.path("snapshot").asInt() == STEPS
                      && allPoints(p, STEPS)
                      && loaded(p),
              Duration.ofSeconds(60));
      assertEquals("finished", reloaded.path("state").asText());
    } finally {
      pause.go.countDown();
      try {
        assertEquals("finished", training.get(2, TimeUnit.MINUTES).state());
      } finally {
        plots.close();
        page.close();
      }
    }
    assertTrue(Files.exists(run.plots().resolve("total.png")));
  }

  private static boolean allPoints(JsonNode page, int steps) {
    JsonNode charts = page.path("charts");
    if (charts.size() == 0) {
      return false;
    }
    for (JsonNode c : charts) {
      if (c.asInt() != steps) {
        return false;
      }
    }
    return true;
  }

  private static boolean loaded(JsonNode page) {
    JsonNode images = page.path("images");
    if (images.size() == 0) {
      return false;
    }
    for (JsonNode i : images) {
      if (!i.asBoolean()) {
        return false;
      }
    }
    return true;
  }

  /** Many colours and a real spread of brightness: not a blank or single-colour page. */
  private static void assertNotBlank(BufferedImage shot) {
    assertEquals(1400, shot.getWidth());
    assertEquals(900, shot.getHeight());
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    double sum = 0;
    double squares = 0;
    int n = 0;
    for (int y = 0; y < shot.getHeight(); y += 2) {
      for (int x = 0; x < shot.getWidth(); x += 2) {
        int rgb = shot.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        double luma = 0.299 * (rgb >> 16) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
        sum += luma;
        squares += luma * luma;
        n++;
      }
    }
    double variance = squares / n - (sum / n) * (sum / n);
    assertTrue(colours.size() > 500, "colours: " + colours.size());
    assertTrue(variance > 100, "brightness variance: " + variance);
  }
}
