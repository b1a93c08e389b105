package art.equilibria.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import art.equilibria.ChildJvm;
import art.equilibria.TestRuns;
import art.equilibria.image.Images;
import art.equilibria.render.RenderListener;
import art.equilibria.render.VideoRender;
import art.equilibria.render.video.VideoProbe;
import art.equilibria.run.RunFolder;
import art.equilibria.sampling.TrainedRun;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What play shows on a (virtual) screen is the frame render writes at the same index. */
class PlayScreenTest {
  private static final Map<String, Object> RENDER =
      Map.of("size", "96x64", "format", "png", "duration", "2s", "fps", "8");

  @Test
  void theScreenShowsTheFrameRenderWritesAtThatIndex(@TempDir Path dir) throws Exception {
    Optional<Path> xvfb = VirtualDisplay.xvfb();
    Assumptions.assumeTrue(
        xvfb.isPresent(), "Xvfb is not installed (apt-get install xvfb); CI always has it");
    RunFolder run = TestRuns.train(dir, TestRuns.TINY);
    Path frames = dir.resolve("frames");
    try (TrainedRun trained = TrainedRun.open(run.dir(), "latest", Device.cpu(), RENDER, w -> {})) {
      VideoRender.render(trained, null, frames, "cpu", RenderListener.NONE, outcome -> {});
    }
    List<BufferedImage> rendered = VideoProbe.frames(frames);
    int index = 11;
    Path shot = dir.resolve("screen.png");
    Path log = dir.resolve("child.log");
    try (VirtualDisplay display = VirtualDisplay.start(xvfb.get(), 320, 240)) {
      String[] args = {
        run.dir().toString(),
        "" + index,
        shot.toString(),
        "size=96x64",
        "format=png",
        "duration=2s",
        "fps=8"
      };
      Process child =
          ChildJvm.start(log, Map.of("DISPLAY", display.name()), ScreenCheck.class.getName(), args);
      assertTrue(child.waitFor(3, TimeUnit.MINUTES), "the player did not finish");
      assertEquals(0, child.exitValue(), Files.readString(log));
    }
    BufferedImage screen = ImageIO.read(shot.toFile());
    assertEquals(96, screen.getWidth());
    assertEquals(64, screen.getHeight());
    double same = Images.meanDifference(screen, rendered.get(index));
    double other = Images.meanDifference(screen, rendered.get(index + 4));
    assertTrue(same < 1, "screen differs from render's frame " + index + " by " + same);
    assertTrue(other > same, "frame " + (index + 4) + " matched as well: " + other);
  }
}
