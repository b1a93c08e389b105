package art.equilibria.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import art.equilibria.TestRuns;
import art.equilibria.image.Images;
import art.equilibria.render.FrameRenderer;
import art.equilibria.run.RunFolder;
import art.equilibria.sampling.TrainedRun;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crossfade mixes two runs' frames of the same index, from one to the other. */
class CrossfadeTest {
  @Test
  void halfWayThroughAFadeEachPixelIsTheMeanOfTheTwoRunsFrames(@TempDir Path dir) throws Exception {
    RunFolder run = TestRuns.train(dir, TestRuns.TINY);
    try (TrainedRun one = open(run, List.of(1, 2, 3));
        TrainedRun two = open(run, List.of(7, 8, 9))) {
      FrameSource a = frames(one);
      FrameSource b = frames(two);
      Crossfade fade = new Crossfade(() -> a, () -> b, 8, "a to b");

      BufferedImage start = fade.frame(10);
      BufferedImage half = fade.frame(14);
      assertFalse(fade.done());
      BufferedImage end = fade.frame(18);
      assertTrue(fade.done());

      assertEquals(0, Images.meanDifference(start, a.frame(10)), "the fade starts all a");
      assertEquals(0, Images.meanDifference(end, b.frame(18)), "and ends all b");
      int[] x = Images.pixels(a.frame(14));
      int[] y = Images.pixels(b.frame(14));
      int[] mixed = Images.pixels(half);
      assertTrue(Images.meanDifference(x, y) > 5, "the two runs' frames are too alike to tell");
      for (int i = 0; i < mixed.length; i++) {
        for (int shift = 0; shift <= 16; shift += 8) {
          double mean = ((x[i] >> shift & 255) + (y[i] >> shift & 255)) / 2.0;
          assertEquals(mean, mixed[i] >> shift & 255, 0.5, "pixel " + i);
        }
      }
    }
  }

  /** The run with other keyframe seeds: another path, so other frames at every index. */
  private static TrainedRun open(RunFolder run, List<Integer> seeds) throws Exception {
    return TrainedRun.open(run.dir(), "latest", Device.cpu(), Map.of("seeds", seeds), w -> {});
  }

  private static FrameSource frames(TrainedRun run) {
    return new GeneratedFrames(
        new FrameRenderer(run.ensemble(), run.growth(), run.piece().render()), 8, "tiny");
  }
}
