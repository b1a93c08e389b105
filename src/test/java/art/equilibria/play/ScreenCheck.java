package art.equilibria.play;

import ai.djl.Device;
import art.equilibria.image.Images;
import art.equilibria.render.FrameRenderer;
import art.equilibria.sampling.TrainedRun;
import java.awt.Robot;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a child JVM on a virtual display: plays a run from one frame with the clock held still, so
 * that frame stays on the screen, then saves a screenshot of the window.
 *
 * <p>Arguments: RUN FRAME OUT.png [field=value ...] (render overrides, as {@code render} took).
 */
public final class ScreenCheck {
  private ScreenCheck() {}

  public static void main(String[] args) throws Exception {
    Path runDir = Path.of(args[0]);
    long frame = Long.parseLong(args[1]);
    Path out = Path.of(args[2]);
    Map<String, Object> overrides = new LinkedHashMap<>();
    for (int i = 3; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      overrides.put(kv[0], kv[1]);
    }
    try (TrainedRun run = TrainedRun.open(runDir, "latest", Device.cpu(), overrides, w -> {})) {
      FrameRenderer renderer =
          new FrameRenderer(run.ensemble(), run.growth(), run.piece().render());
      Programme programme =
          FakeShow.programme(
              new Ladder(
                  List.of(
                      new Ladder.Rung(
                          "run",
                          () ->
                              new GeneratedFrames(renderer, run.piece().render().fps(), "run")))));
      AwtScreen screen =
          AwtScreen.open(AwtScreen.screens()[0], true, renderer.width(), renderer.height());
      AtomicLong still = new AtomicLong();
      Player player =
          new Player(
              programme,
              screen,
              new Pacer(run.piece().render().fps(), still::get),
              still::get,
              Clock.systemDefaultZone(),
              new Player.Options(
                  OpeningHours.ALWAYS, 600_000, Long.MAX_VALUE, Long.MAX_VALUE, frame, 1, 60_000),
              after -> null);
      Thread playing = new Thread(() -> play(player), "play");
      playing.start();
      while (player.status().frame() != frame) {
        Thread.sleep(50);
      }
      // The page shown is flipped in; give the X server a moment to draw it.
      Thread.sleep(500);
      Images.writePng(new Robot().createScreenCapture(screen.bounds()), out);
      player.stop();
      playing.join();
      screen.close();
    }
    System.exit(0);
  }

  private static void play(Player player) {
    try {
      player.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
