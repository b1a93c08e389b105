package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.ChildJvm;
import art.equilibria.render.RenderRecord;
import art.equilibria.render.video.VideoProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render stopped by the system (SIGTERM, as Ctrl-C) leaves a playable video and its record; one
 * killed outright (kill -9) a playable video and a record saying it did not complete.
 */
class RenderInterruptTest {

  @Test
  void aTerminatedRenderKeepsWhatItMade(@TempDir Path tmp) throws Exception {
    Path run = trainedRun(tmp);
    Path video = tmp.resolve("long.mp4");
    Path log = tmp.resolve("render.log");
    Process child =
        ChildJvm.equilibria(
            log, "render", run.toString(), "--duration", "1h", "--out", video.toString());
    waitForFrames(video, child);
    new ProcessBuilder("kill", "-TERM", Long.toString(child.pid())).start().waitFor();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the render did not stop");

    String said = Files.readString(log);
    assertTrue(said.contains("stopped at frame"), said);
    VideoProbe.Info info = VideoProbe.probe(video);
    assertTrue(info.frames() > 0);
    RenderRecord record = RenderRecord.read(RenderRecord.beside(video));
    assertFalse(record.completed());
    assertEquals(info.frames(), record.framesWritten());
  }

  @Test
  void aKilledRenderStillHasItsRecord(@TempDir Path tmp) throws Exception {
    Path run = trainedRun(tmp);
    Path video = tmp.resolve("killed.mp4");
    Process child =
        ChildJvm.equilibria(
            tmp.resolve("render.log"),
            "render",
            run.toString(),
            "--duration",
            "1h",
            "--out",
            video.toString());
    waitForFrames(video, child);
    child.destroyForcibly();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the render did not die");

    assertTrue(VideoProbe.probe(video).frames() > 0);
    RenderRecord record = RenderRecord.read(RenderRecord.beside(video));
    assertFalse(record.completed(), "written at the start, as not completed");
    assertEquals(run.toString(), record.run());
  }

  @Test
  void aTerminatedSegmentedRenderLeavesNoVideoAndNoSegments(@TempDir Path tmp) throws Exception {
    Path run = trainedRun(tmp);
    Path video = tmp.resolve("segmented.mp4");
    Process child =
        ChildJvm.equilibria(
            tmp.resolve("render.log"),
            "render",
            run.toString(),
            "--duration",
            "1h",
            "--segments",
            "2",
            "--parallel",
            "2",
            "--out",
            video.toString());
    // Both segments are being written when the stop comes.
    Path staging = tmp.resolve(".segmented.mp4.segments");
    waitForFrames(staging.resolve("0000.partial.mp4"), child);
    waitForFrames(staging.resolve("0001.partial.mp4"), child);
    new ProcessBuilder("kill", "-TERM", Long.toString(child.pid())).start().waitFor();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the render did not stop");

    assertFalse(Files.exists(video), "partial segments never become the video");
    assertFalse(Files.exists(RenderRecord.beside(video)));
    assertFalse(Files.exists(staging), "the segments are removed");
  }

  private static Path trainedRun(Path tmp) throws IOException {
    assertEquals(
        0,
        Main.commandLine()
            .execute("train", "src/test/resources/pieces/tiny.yaml", "--out", tmp.toString()));
    try (Stream<Path> s = Files.list(tmp.resolve("tiny"))) {
      return s.findFirst().orElseThrow();
    }
  }

  /** Waits until the encoder has written something, so the stop lands mid-render. */
  private static void waitForFrames(Path video, Process child)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!(Files.exists(video) && Files.size(video) > 20_000)) {
      assertTrue(child.isAlive(), "the render ended early");
      assertTrue(System.nanoTime() < deadline, "the render wrote nothing in 60 s");
      Thread.sleep(100);
    }
  }
}
