package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.TestRuns;
import art.equilibria.render.RenderRecord;
import art.equilibria.render.segment.SegmentedRenderTest;
import art.equilibria.render.video.VideoProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --segments N --master local[2]}: segments as Spark tasks, joined. */
class RenderOnSparkTest {

  @Test
  void segmentsRenderedOnSparkJoinIntoTheSingleRenderFrameForFrame(@TempDir Path renders)
      throws Exception {
    Path run = TestRuns.train(renders, TestRuns.TINY).dir();
    Path one =
        SegmentedRenderTest.single(
            run,
            Map.of("format", "ffv1", "fps", "12", "display", "stretch"),
            renders.resolve("one.mkv"));
    Path joined = renders.resolve("joined.mkv");
    Cli.Result r =
        Cli.run(
            "render",
            run.toString(),
            "--out",
            joined.toString(),
            "--format",
            "ffv1",
            "--fps",
            "12",
            "--display",
            "stretch",
            "--segments",
            "3",
            "--master",
            "local[2]");
    assertEquals(0, r.exit(), r.err());
    assertEquals(12, VideoProbe.probe(joined).frames());
    SegmentedRenderTest.assertPlaysAlike(one, joined);
    assertTrue(RenderRecord.read(RenderRecord.beside(joined)).completed());
    assertTrue(Files.notExists(renders.resolve(".joined.mkv.segments")));
  }
}
