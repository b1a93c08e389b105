package art.equilibria.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.bench.MemorySample;
import java.awt.Color;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The player keeps a show going: restarts after failures and stalls, keeps its opening hours, and
 * moves through its programme.
 */
class PlayerTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  private static final int RED = 0xff0000;
  private static final int GREEN = 0x00ff00;
  private static final int BLUE = 0x0000ff;

  private static Player unpaced(
      FrameSource source, Screen screen, Clock wall, OpeningHours hours, long frames, int workers) {
    return new Player(
        FakeShow.programme(source),
        screen,
        new Pacer(0, System::nanoTime),
        System::nanoTime,
        wall,
        new Player.Options(hours, 60_000, Long.MAX_VALUE, frames, 0, workers, 60_000),
        after -> null);
  }

  /** A player on a clock the test moves, frames shown as soon as made, entries opened when due. */
  private static Player onClock(Programme programme, Screen screen, AtomicLong clock, Clock wall) {
    return new Player(
        programme,
        screen,
        new Pacer(0, clock::get),
        clock::get,
        wall,
        new Player.Options(OpeningHours.ALWAYS, 30_000, Long.MAX_VALUE, Long.MAX_VALUE, 0, 1, 0),
        after -> null);
  }

  @ParameterizedTest(name = "{0} workers")
  @ValueSource(ints = {1, 2})
  void theWatchdogRestartsAGeneratorThatThrew(int workers) throws Exception {
    FakeShow.Source source = new FakeShow.Source(5);
    FakeShow.RecordingScreen screen = new FakeShow.RecordingScreen();
    Player player = unpaced(source, screen, Clock.systemUTC(), OpeningHours.ALWAYS, 20, workers);
    PlayStatus end = player.run();
    assertEquals(1, end.restarts());
    assertTrue(end.lastError().contains("made to throw at frame 5"), end.lastError());
    assertEquals(20, end.shown());
    assertEquals(20, screen.shown.get());
  }

  /** With two workers the other goes on making frames: the one stuck is a stall all the same. */
  @ParameterizedTest(name = "{0} workers")
  @ValueSource(ints = {1, 2})
  void theWatchdogRestartsAGeneratorThatHangsOnceTheStallLimitHasPassed(int workers)
      throws Exception {
    FakeShow.Source source = FakeShow.Source.hangingAt(5);
    FakeShow.RecordingScreen screen = new FakeShow.RecordingScreen();
    AtomicLong clock = new AtomicLong();
    Player player =
        new Player(
            FakeShow.programme(source),
            screen,
            new Pacer(0, clock::get),
            clock::get,
            Clock.systemUTC(),
            new Player.Options(OpeningHours.ALWAYS, 30_000, Long.MAX_VALUE, 20, 0, workers, 60_000),
            after -> null);
    Thread show = new Thread(() -> run(player));
    show.start();
    try {
      assertTrue(source.hanging.await(1, TimeUnit.MINUTES), "the source never hung");
      awaitUntil(() -> screen.shown.get() == 5);
      assertEquals(0, player.status().restarts(), "restarted before the stall limit");

      clock.addAndGet(31 * SECOND);
      awaitUntil(() -> player.status().restarts() == 1);
      // The stuck call returns at last; its frame is thrown away, the new thread's are shown.
      source.release();
      show.join(TimeUnit.MINUTES.toMillis(1));
      PlayStatus end = player.status();
      assertEquals(20, end.shown(), "the show did not go on after the hang");
      assertEquals(1, end.restarts());
      assertEquals("no frame for 31 s", end.lastError());
    } finally {
      source.release();
      player.stop();
      show.join();
    }
  }

  /** A soak asked to sample every 10,000 frames of 100,000 gets its 100,000th sample too. */
  @ParameterizedTest(name = "{0} workers")
  @ValueSource(ints = {1, 2})
  void theSampleDueOnTheLastFrameIsTaken(int workers) throws Exception {
    List<Long> samples = Collections.synchronizedList(new ArrayList<>());
    Player player =
        new Player(
            FakeShow.programme(new FakeShow.Source(-1)),
            new FakeShow.RecordingScreen(),
            new Pacer(0, System::nanoTime),
            System::nanoTime,
            Clock.systemUTC(),
            new Player.Options(OpeningHours.ALWAYS, 60_000, 10, 30, 0, workers, 60_000),
            after -> {
              samples.add(after);
              return new MemorySample(after, 0, 0, 0, 0);
            });
    PlayStatus end = player.run();
    assertEquals(List.of(10L, 20L, 30L), samples);
    assertEquals(30, end.memory().after());
    assertEquals(10, player.firstMemory().after());
  }

  @Test
  void openingHoursSwitchTheOutputOffAndOn() throws Exception {
    FakeShow.Source source = new FakeShow.Source(-1);
    FakeShow.RecordingScreen screen = new FakeShow.RecordingScreen();
    FakeShow.WallClock wall = new FakeShow.WallClock(Instant.parse("2026-12-01T09:00:00Z"));
    Player player =
        unpaced(source, screen, wall, OpeningHours.parse("10:00-18:00"), Long.MAX_VALUE, 1);
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

  @Test
  void aPlaylistMovesOnWhenAnEntrysTimeIsUpAndLoops() throws Exception {
    List<FakeShow.Source> opened = Collections.synchronizedList(new ArrayList<>());
    List<Programme.Entry> entries = new ArrayList<>();
    for (Color c : List.of(Color.RED, Color.GREEN, Color.BLUE)) {
      Programme.Opener open =
          () -> {
            FakeShow.Source s = FakeShow.Source.coloured(c);
            opened.add(s);
            return FakeShow.ladder(s);
          };
      entries.add(new Programme.Entry("entry " + (entries.size() + 1), open, 10, 0));
    }
    FakeShow.RecordingScreen screen = new FakeShow.RecordingScreen();
    AtomicLong clock = new AtomicLong();
    FakeShow.WallClock wall = new FakeShow.WallClock(Instant.parse("2026-12-01T09:00:00Z"));
    Player player =
        onClock(new Programme(entries, entries.get(0).open().open()), screen, clock, wall);
    Thread show = new Thread(() -> run(player));
    show.start();
    try {
      awaitUntil(() -> screen.last() == RED);
      assertEquals("1 of 3: entry 1", player.status().entry());
      assertEquals("2026-12-01T09:00:10", player.status().nextSwitch());

      clock.addAndGet(10 * SECOND);
      awaitUntil(() -> screen.last() == GREEN);
      assertEquals("2 of 3: entry 2", player.status().entry());
      awaitUntil(() -> opened.get(0).closed.get() == 1);

      clock.addAndGet(10 * SECOND);
      awaitUntil(() -> screen.last() == BLUE);
      assertEquals("3 of 3: entry 3", player.status().entry());

      clock.addAndGet(10 * SECOND);
      awaitUntil(() -> screen.last() == RED);
      assertEquals("1 of 3: entry 1", player.status().entry());
      assertEquals(4, opened.size(), "the first entry is opened again when it comes round");

      player.next();
      awaitUntil(() -> screen.last() == GREEN);
      assertEquals("2 of 3: entry 2", player.status().entry(), "next did not skip on");
    } finally {
      player.stop();
      show.join();
    }
    for (FakeShow.Source s : opened) {
      assertEquals(1, s.closed.get(), "every entry opened is closed once");
    }
  }

  @Test
  void aCrossfadeMixesBothSourcesThenClosesTheOldOne() throws Exception {
    FakeShow.Source red = FakeShow.Source.coloured(Color.RED);
    FakeShow.Source blue = FakeShow.Source.coloured(Color.BLUE);
    Ladder first = FakeShow.ladder(red);
    Programme programme =
        new Programme(
            List.of(
                new Programme.Entry("red", () -> first, 0, 0),
                new Programme.Entry("blue", () -> FakeShow.ladder(blue), 0, 0)),
            first);
    FakeShow.RecordingScreen screen = new FakeShow.RecordingScreen();
    AtomicLong clock = new AtomicLong();
    Player player = onClock(programme, screen, clock, Clock.systemUTC());
    Thread show = new Thread(() -> run(player));
    show.start();
    try {
      awaitUntil(() -> screen.last() == RED);
      player.crossfade(1);
      awaitUntil(() -> screen.last() == BLUE && red.closed.get() == 1);
      assertEquals("2 of 2: blue", player.status().entry());
      assertTrue(
          screen.colours.stream().anyMatch(c -> c != RED && c != BLUE && (c & GREEN) == 0),
          "no frame mixed red and blue: " + screen.colours);
      assertEquals(0, blue.closed.get());
    } finally {
      player.stop();
      show.join();
    }
    assertEquals(1, blue.closed.get());
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
