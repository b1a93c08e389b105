package art.equilibria.render.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import art.equilibria.TestRuns;
import art.equilibria.cluster.Cluster;
import art.equilibria.cluster.LocalCluster;
import art.equilibria.cluster.Task;
import art.equilibria.render.RenderJob;
import art.equilibria.render.RenderListener;
import art.equilibria.render.RenderRecord;
import art.equilibria.render.VideoRender;
import art.equilibria.render.video.VideoProbe;
import art.equilibria.sampling.TrainedRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A video rendered in segments and joined, against the same video rendered in one piece. */
public class SegmentedRenderTest {
  @TempDir static Path renders;
  static Path run;

  /** Lossless, a stretch display: frames compare exactly, tone maps must agree. */
  static final Map<String, Object> FFV1 =
      Map.of("format", "ffv1", "fps", "12", "display", "stretch");

  @BeforeAll
  static void train() throws Exception {
    run = TestRuns.train(renders, TestRuns.TINY).dir();
  }

  /** The run rendered in one piece, as {@code render} does. */
  public static Path single(Path run, Map<String, Object> overrides, Path video) throws Exception {
    try (TrainedRun trained = TrainedRun.open(run, "latest", Device.cpu(), overrides, w -> {})) {
      RenderJob.Outcome outcome =
          VideoRender.render(trained, null, video, "cpu()", RenderListener.NONE, o -> {});
      assertTrue(outcome.completed());
    }
    return video;
  }

  /** The run rendered in segments on a cluster and joined. */
  public static RenderJob.Outcome segmented(
      Path run, Map<String, Object> overrides, Path video, int segments, Cluster cluster)
      throws Exception {
    List<Integer> done = new ArrayList<>();
    try (TrainedRun trained = TrainedRun.open(run, "latest", Device.cpu(), overrides, w -> {})) {
      return SegmentedRender.render(
          trained,
          overrides,
          null,
          video,
          Device.cpu(),
          segments,
          cluster,
          new SegmentedRender.Progress() {
            @Override
            public void planned(List<Segments.Range> ranges) {}

            @Override
            public synchronized void finished(int index) {
              done.add(index);
            }
          });
    }
  }

  /** Every frame decoded: the same pictures, pixel for pixel, the same stream facts. */
  public static void assertPlaysAlike(Path expected, Path actual) throws IOException {
    VideoProbe.Info a = VideoProbe.probe(expected);
    VideoProbe.Info b = VideoProbe.probe(actual);
    assertEquals(a, b);
    List<BufferedImage> one = VideoProbe.frames(expected);
    List<BufferedImage> joined = VideoProbe.frames(actual);
    assertEquals(one.size(), joined.size());
    for (int i = 0; i < one.size(); i++) {
      assertArrayEquals(pixels(one.get(i)), pixels(joined.get(i)), "frame " + i);
    }
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  @Test
  void threeSegmentsJoinedAreTheSingleRenderFrameForFrame(@TempDir Path out) throws Exception {
    Path one = single(run, FFV1, out.resolve("one.mkv"));
    Path joined = out.resolve("joined.mkv");
    RenderJob.Outcome outcome;
    try (Cluster cluster = new LocalCluster(2, 2, 0)) {
      outcome = segmented(run, FFV1, joined, 3, cluster);
    }
    assertEquals(new RenderJob.Outcome(true, 12), outcome);
    assertEquals(12, VideoProbe.probe(joined).frames());
    assertPlaysAlike(one, joined);
    RenderRecord a = RenderRecord.read(RenderRecord.beside(one));
    RenderRecord b = RenderRecord.read(RenderRecord.beside(joined));
    assertTrue(b.completed());
    assertEquals(a.frames(), b.frames());
    assertEquals(a.framesWritten(), b.framesWritten());
    assertEquals(a.render(), b.render());
    assertEquals(a.tones().keySet(), b.tones().keySet());
    a.tones()
        .forEach(
            (g, tone) -> {
              assertArrayEquals(tone.low(), b.tones().get(g).low(), g);
              assertArrayEquals(tone.high(), b.tones().get(g).high(), g);
            });
    assertNoStaging(out);
  }

  @Test
  void anH264JoinPlaysWithTheFramesAndDurationOfASingleRender(@TempDir Path out) throws Exception {
    // A key frame every 8 frames at 4 fps: 24 frames are three groups, one per segment.
    Map<String, Object> h264 = Map.of("format", "h264", "fps", "4", "duration", "6s");
    Path one = single(run, h264, out.resolve("one.mp4"));
    Path joined = out.resolve("joined.mp4");
    try (Cluster cluster = new LocalCluster(2, 2, 0)) {
      assertTrue(segmented(run, h264, joined, 3, cluster).completed());
    }
    VideoProbe.Info a = VideoProbe.probe(one);
    VideoProbe.Info b = VideoProbe.probe(joined);
    assertEquals(24, b.frames());
    assertEquals(a, b);
    assertEquals(6.0, b.seconds(), 1e-6);
    assertNoStaging(out);
  }

  @Test
  void aHapJoinIsTheSingleRenderFrameForFrame(@TempDir Path out) throws Exception {
    // Every HAP frame is a key frame, compressed the same way wherever it is rendered.
    Map<String, Object> hap = Map.of("format", "hap", "fps", "12", "display", "stretch");
    Path one = single(run, hap, out.resolve("one.mov"));
    Path joined = out.resolve("joined.mov");
    try (Cluster cluster = new LocalCluster(2, 2, 0)) {
      assertEquals(new RenderJob.Outcome(true, 12), segmented(run, hap, joined, 3, cluster));
    }
    assertEquals("hap", VideoProbe.probe(joined).codec());
    assertPlaysAlike(one, joined);
    assertNoStaging(out);
  }

  @Test
  void anInterruptedSegmentLeavesNoVideoAndNoStaging(@TempDir Path out) throws Exception {
    Path video = out.resolve("stopped.mkv");
    RenderJob.Outcome outcome;
    try (Cluster cluster = new Interrupting(new LocalCluster(1, 2, 0), 1)) {
      outcome = segmented(run, FFV1, video, 3, cluster);
    }
    assertFalse(outcome.completed());
    assertFalse(Files.exists(video));
    assertFalse(Files.exists(RenderRecord.beside(video)));
    assertNoStaging(out);
  }

  @Test
  void aFailingSegmentFailsTheRenderAndLeavesNoVideo(@TempDir Path out) throws Exception {
    Path video = out.resolve("failed.mkv");
    try (Cluster cluster = new Failing(new LocalCluster(2, 2, 0), 2)) {
      IOException thrown =
          assertThrows(IOException.class, () -> segmented(run, FFV1, video, 3, cluster));
      assertEquals("worker lost", thrown.getMessage());
    }
    assertFalse(Files.exists(video));
    assertNoStaging(out);
  }

  private static void assertNoStaging(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      List<String> hidden =
          files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
      assertEquals(List.of(), hidden);
    }
  }

  /** A cluster on which one segment stops part way, as a Ctrl-C stops it. */
  private record Interrupting(Cluster inner, int stopped) implements Cluster {
    @Override
    public int parallelism() {
      return inner.parallelism();
    }

    @Override
    public <R extends Serializable> List<R> run(int count, Task<R> task, Finished<R> finished)
        throws Exception {
      List<R> results = new ArrayList<>(inner.run(count, task, finished));
      @SuppressWarnings("unchecked")
      R partial = (R) new RenderJob.Outcome(false, 1);
      results.set(stopped, partial);
      return results;
    }

    @Override
    public void close() {
      inner.close();
    }
  }

  /** A cluster on which one segment's worker fails. */
  private record Failing(Cluster inner, int failed) implements Cluster {
    @Override
    public int parallelism() {
      return inner.parallelism();
    }

    @Override
    public <R extends Serializable> List<R> run(int count, Task<R> task, Finished<R> finished)
        throws Exception {
      return inner.run(
          count,
          (i, slot) -> {
            if (i == failed) {
              throw new IOException("worker lost");
            }
            return task.run(i, slot);
          },
          finished);
    }

    @Override
    public void close() {
      inner.close();
    }
  }
}
