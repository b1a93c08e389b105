package art.equilibria.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import art.equilibria.TestRuns;
import art.equilibria.image.Images;
import art.equilibria.piece.ControlMapping;
import art.equilibria.render.FrameRenderer;
import art.equilibria.run.RunFolder;
import art.equilibria.sampling.TrainedRun;
import com.illposed.osc.OSCMessage;
import com.illposed.osc.transport.OSCPortOut;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An OSC message on the loopback port steers the show. */
class OscControlTest {
  private static Player player(FrameSource source) {
    return new Player(
        FakeShow.programme(source),
        new FakeShow.RecordingScreen(),
        new Pacer(0, System::nanoTime),
        System::nanoTime,
        Clock.systemUTC(),
        new Player.Options(
            OpeningHours.ALWAYS, 60_000, Long.MAX_VALUE, Long.MAX_VALUE, 0, 1, 60_000),
        after -> null);
  }

  /** The default mapping on a free UDP port. */
  private static ControlMapping onFreePort() throws IOException {
    try (DatagramSocket free = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      ControlMapping d = ControlMapping.DEFAULTS;
      return new ControlMapping(free.getLocalPort(), d.osc(), d.midi(), d.crossfadeSeconds());
    }
  }

  @Test
  void anOscMessageOnLoopbackChangesTheSpeedAndTheTruncationWithinItsRange() throws Exception {
    Player player = player(new FakeShow.Source(-1));
    ControlMapping mapping = onFreePort();
    OSCPortOut out = new OSCPortOut(InetAddress.getLoopbackAddress(), mapping.oscPort());
    try (OscControl osc = new OscControl(mapping, player)) {
      out.send(new OSCMessage("/equilibria/speed", List.of(2.5f)));
      out.send(new OSCMessage("/equilibria/truncation", List.of(5)));
      PlayerTest.awaitUntil(
          () -> player.status().speed() == 2.5 && player.status().truncation() != null);
    } finally {
      out.close();
    }
    assertEquals(2.5, player.status().speed());
    assertEquals(2.0, player.status().truncation(), "psi above the range is clamped to 2");
  }

  @Test
  void nextAndCrossfadeTakeNoArgumentACrossfadeItsSecondsOrTheMappings() throws Exception {
    HeardControls controls = new HeardControls();
    List<String> heard = controls.heard;
    ControlMapping mapping = onFreePort();
    OSCPortOut out = new OSCPortOut(InetAddress.getLoopbackAddress(), mapping.oscPort());
    try (OscControl osc = new OscControl(mapping, controls)) {
      out.send(new OSCMessage("/equilibria/next"));
      PlayerTest.awaitUntil(() -> heard.size() == 1);
      out.send(new OSCMessage("/equilibria/crossfade"));
      PlayerTest.awaitUntil(() -> heard.size() == 2);
      out.send(new OSCMessage("/equilibria/crossfade", List.of(2.5f)));
      PlayerTest.awaitUntil(() -> heard.size() == 3);
    } finally {
      out.close();
    }
    assertEquals(List.of("next", "crossfade 5.0", "crossfade 2.5"), heard);
  }

  @Test
  void anOscTruncationChangesTheFramesGeneratedAfterIt(@TempDir Path dir) throws Exception {
    RunFolder run = TestRuns.train(dir, TestRuns.TINY);
    // Clamped display levels: the tone map does not depend on psi, so frames can be compared.
    Map<String, Object> clamp = Map.of("display", "clamp");
    BufferedImage truncated;
    try (TrainedRun reference =
        TrainedRun.open(
            run.dir(),
            "latest",
            Device.cpu(),
            Map.of("display", "clamp", "truncation", 0.25),
            w -> {})) {
      truncated =
          new FrameRenderer(reference.ensemble(), reference.growth(), reference.piece().render())
              .render(3, 1)
              .get(0);
    }
    try (TrainedRun trained = TrainedRun.open(run.dir(), "latest", Device.cpu(), clamp, w -> {})) {
      FrameRenderer renderer =
          new FrameRenderer(trained.ensemble(), trained.growth(), trained.piece().render());
      BufferedImage before = renderer.render(3, 1).get(0);
      assertTrue(
          Images.meanDifference(before, truncated) > 2,
          "psi 0.25 hardly changes this run's frame: the test could not tell");
      FrameAt3 source = new FrameAt3(new GeneratedFrames(renderer, 8, "tiny"));
      Player player = player(source);
      Thread show = new Thread(() -> play(player));
      show.start();
      ControlMapping mapping = onFreePort();
      OSCPortOut out = new OSCPortOut(InetAddress.getLoopbackAddress(), mapping.oscPort());
      try (OscControl osc = new OscControl(mapping, player)) {
        PlayerTest.awaitUntil(() -> source.shown != null);
        assertTrue(Images.meanDifference(source.shown, before) < 0.5, "not the piece's psi");

        out.send(new OSCMessage("/equilibria/truncation", List.of(0.25f)));
        PlayerTest.awaitUntil(() -> Images.meanDifference(source.shown, truncated) < 0.5);
      } finally {
        out.close();
        player.stop();
        show.join();
      }
    }
  }

  /** A run's frames, keeping the newest made of loop frame 3. */
  private static final class FrameAt3 implements FrameSource {
    private final FrameSource frames;
    volatile BufferedImage shown;

    FrameAt3(FrameSource frames) {
      this.frames = frames;
    }

    @Override
    public BufferedImage frame(long index) throws IOException {
      BufferedImage picture = frames.frame(index);
      if (Math.floorMod(index, frames()) == 3) {
        shown = picture;
      }
      return picture;
    }

    @Override
    public void truncation(double psi) {
      frames.truncation(psi);
    }

    @Override
    public long frames() {
      return frames.frames();
    }

    @Override
    public double fps() {
      return frames.fps();
    }

    @Override
    public String describe() {
      return frames.describe();
    }

    @Override
    public void close() {}
  }

  private static void play(Player player) {
    try {
      player.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
