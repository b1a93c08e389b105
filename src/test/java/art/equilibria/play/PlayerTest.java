package art.equilibria.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The player keeps a show going: restarts after failures, and keeps its opening hours. */
class PlayerTest {
  private static Player unpaced(
      FrameSource source, Screen screen, Clock wall, OpeningHours hours, long frames) {
    return new Player(
        FakeShow.ladder(source),
        screen,
        new Pacer(0, System::nanoTime),
        System::nanoTime,
        wall,
        new Player.Options(hours, 60_000, Long.MAX_VALUE, frames, 0, 1),
        after -> null);
  }

  @Test
  void theWatchdogRestartsAGeneratorThatThrew() throws Exception {
    FakeShow.Source source = new FakeShow.Source(5);
    FakeShow.RecordingScreen screen = new FakeShow.RecordingScreen();
    Player player = unpaced(source, screen, Clock.systemUTC(), OpeningHours.ALWAYS, 20);
    PlayStatus end = player.run();
    assertEquals(1, end.restarts());
    assertTrue(end.lastError().contains("made to throw at frame 5"), end.lastError());
    assertEquals(20, end.shown());
    assertEquals(20, screen.shown.get());
  }

  @Test
  void openingHoursSwitchTheOutputOffAndOn() throws Exception {
    FakeShow.Source source = new FakeShow.Source(-1);
    FakeShow.RecordingScreen screen = new FakeShow.RecordingScreen();
    FakeShow.WallClock wall = new FakeShow.WallClock(Instant.parse("2026-12-01T09:00:00Z"));
    Player player =
        unpaced(source, screen, wall, OpeningHours.parse("10:00-18:00"), Long.MAX_VALUE);
    Thread show = new Thread(() -> run(player));
    show.start();
    try {
      awaitUntil(() -> player.status().state().equals("closed"));
      assertEquals(1, screen.black.get());
      assertEquals(0, source.made.get(), "generated before opening");

      wall.set(Instant.parse("2026-12-01T10:30:00Z"));
      awaitUntil(() -> screen.shown.get() >= 5);
      assertEquals("playing", player.status().state());

      wall.set(Instant.parse("2026-12-01T18:00:00Z"));
      awaitUntil(() -> player.status().state().equals("closed"));
      assertEquals(2, screen.black.get());
      int made = source.made.get();
      long shown = screen.shown.get();
      // The player looks at the clock five times a second while closed: a few looks, no frames.
      Thread.sleep(600);
      assertEquals(shown, screen.shown.get(), "frames shown after closing");
      assertTrue(source.made.get() <= made + 2, "generation went on after closing");
    } finally {
      player.stop();
      show.join();
    }
  }

  private static void run(Player player) {
    try {
      player.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for a condition, at most a minute (a loaded machine is slow, never this slow). */
  static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 6000 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
    assertTrue(condition.getAsBoolean(), "still waiting after a minute");
  }
}
