package art.equilibria.play;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Which entry of a {@link Programme} is on, and the change to the next: when its time is up or a
 * control asks, the next is opened on a thread of its own while this one plays on (loading a run
 * takes seconds, on a busy machine a minute), then cut to or crossfaded into. An entry due at a
 * time is opened that long ahead of it, so the change comes on time. The ladder given up is closed,
 * on that thread, once the generation threads that could still be in it have ended, so its
 * networks' native memory is freed and never under a frame being made. All but {@link #ask} runs on
 * the player's thread, between frames; the status reads what it shows from any thread.
 */
final class Changeover {
  /** The longest a show's end waits for generation threads before closing their sources. */
  private static final long CLOSING_MILLIS = 5000;

  private final List<Programme.Entry> entries;
  private final long waitMillis;
  private final long preloadNanos;
  private final Consumer<String> failures;
  private final ExecutorService worker;
  private final AtomicReference<Double> asked = new AtomicReference<>();
  private final List<Ladder> retiring = new ArrayList<>();

  private volatile int on;
  private volatile Ladder ladder;
  private volatile long switchAt;
  private volatile Crossfade fade;
  private int target;
  private Future<Ladder> opening;
  private long beginAt;
  private double openingFade;
  private Ladder fadingOut;
  private double truncation = Double.NaN;

  /**
   * @param now the clock when the first entry starts
   * @param waitMillis how long a ladder given up waits for the generation threads still in it
   * @param failures hears why an entry could not be opened
   * @param preloadNanos how long before its time an entry begins opening
   */
  Changeover(
      Programme programme,
      long now,
      long waitMillis,
      Consumer<String> failures,
      long preloadNanos) {
    this.preloadNanos = preloadNanos;
    this.entries = programme.entries();
    this.ladder = programme.first();
    this.waitMillis = waitMillis;
    this.failures = failures;
    this.target = after(0);
    this.switchAt = deadline(0, now);
    this.worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "play-programme");
              t.setDaemon(true);
              return t;
            });
  }

  /** Asks for the next entry, fading over that many seconds (NaN: its own crossfade). */
  void ask(double fadeSeconds) {
    asked.set(fadeSeconds);
  }

  /** The entry on: its sources. */
  Ladder ladder() {
    return ladder;
  }

  /** What generation makes frames from: the entry on, or the fade into it. */
  Supplier<FrameSource> source() {
    Crossfade f = fade;
    Ladder l = ladder;
    return f != null ? () -> f : l::current;
  }

  /** Whether the next entry is being opened or faded into: generation is busier than usual. */
  boolean changing() {
    return opening != null || fade != null;
  }

  /** What is shown, in words. */
  String describe() {
    Crossfade f = fade;
    return f != null ? f.describe() : ladder.name();
  }

  /** Which entry is on, as "2 of 3: NAME"; null when there is only one. */
  String entry() {
    return entries.size() < 2
        ? null
        : (on + 1) + " of " + entries.size() + ": " + entries.get(on).name();
  }

  /** When the next entry is due by the clock; Long.MAX_VALUE: when a control says. */
  long switchAt() {
    return switchAt;
  }

  /** Truncation psi of every generated frame from now on, the entries opened later too. */
  void truncation(double psi) {
    truncation = psi;
    ladder.truncation(psi);
    if (fadingOut != null) {
      fadingOut.truncation(psi);
    }
  }

  /**
   * Moves the change on: opens the next entry when it is due or asked for, begins it once open.
   *
   * @param fps frames per second of the show, for the length of a fade in frames
   * @return whether generation must restart on {@link #source} (then call {@link #retire})
   */
  boolean step(long now, double fps) throws InterruptedException {
    Double wanted = asked.getAndSet(null);
    if (wanted != null && opening != null && beginAt > now) {
      // Asked for while opening ahead of its time: it begins as soon as it is open.
      beginAt = now;
      switchAt = now;
      openingFade = wanted.isNaN() ? entries.get(target).fadeSeconds() : wanted;
      wanted = null;
    }
    if (wanted != null && (changing() || entries.size() < 2)) {
      Player.LOG.info(
          changing() ? "already changing to the next entry" : "nothing to change to: one entry");
      wanted = null;
    }
    Crossfade f = fade;
    if (f != null) {
      if (!f.done()) {
        return false;
      }
      fade = null;
      retiring.add(fadingOut);
      fadingOut = null;
      Player.LOG.info("crossfade done: showing " + ladder.name());
      return true;
    }
    if (opening != null) {
      return opened(now, fps);
    }
    if (wanted == null && now < switchAt - preloadNanos) {
      return false;
    }
    Programme.Entry entry = entries.get(target);
    openingFade = wanted == null || wanted.isNaN() ? entry.fadeSeconds() : wanted;
    Player.LOG.info("opening " + entry.name());
    opening = worker.submit(entry.open()::open);
    beginAt = wanted == null ? switchAt : now;
    switchAt = beginAt;
    return false;
  }

  private boolean opened(long now, double fps) throws InterruptedException {
    if (!opening.isDone()) {
      if (now >= beginAt && switchAt != Long.MAX_VALUE) {
        Player.LOG.info(entries.get(target).name() + " is due and still opening");
        switchAt = Long.MAX_VALUE;
      }
      return false;
    }
    if (now < beginAt) {
      return false;
    }
    Future<Ladder> done = opening;
    opening = null;
    try {
      begin(done.get(), now, fps);
      return true;
    } catch (ExecutionException e) {
      String why =
          "cannot open " + entries.get(target).name() + ": " + Watchdog.describe(e.getCause());
      Player.LOG.warning(why);
      failures.accept(why);
      target = after(target);
      // Every other entry failed: this one plays its whole time again before the next try.
      switchAt = target == on ? deadline(on, now) : beginAt;
      if (target == on) {
        target = after(on);
      }
      return false;
    }
  }

  private void begin(Ladder next, long now, double fps) {
    if (!Double.isNaN(truncation)) {
      next.truncation(truncation);
    }
    Ladder old = ladder;
    long frames = Math.round(openingFade * fps);
    if (frames > 0) {
      fadingOut = old;
      fade =
          new Crossfade(
              old::current,
              next::current,
              frames,
              "crossfade from " + old.name() + " to " + next.name());
    } else {
      retiring.add(old);
    }
    ladder = next;
    on = target;
    target = after(on);
    switchAt = deadline(on, now);
    Player.LOG.info(
        (frames > 0 ? "crossfading over " + frames + " frames to " : "cut to ") + entry());
  }

  /**
   * After generation restarted on {@link #source}: the ladders given up are closed once the threads
   * that may still be in them have ended; one still stuck in native code keeps its ladder open (its
   * memory kept rather than freed under it).
   */
  void retire(List<Thread> threads) {
    if (retiring.isEmpty()) {
      return;
    }
    List<Ladder> given = List.copyOf(retiring);
    retiring.clear();
    worker.execute(() -> close(given, threads, waitMillis));
  }

  /**
   * Closes every ladder, once the threads given have ended; at most a few seconds are waited for
   * them (the show is ending: a stuck one keeps what it is in open until the process ends).
   */
  void close(List<Thread> threads) throws InterruptedException {
    List<Ladder> all = new ArrayList<>(retiring);
    all.add(ladder);
    if (fadingOut != null) {
      all.add(fadingOut);
    }
    Future<Ladder> pending = opening;
    // Run after any opening under way (one thread, in order), so what it opened is closed too.
    worker.execute(
        () -> {
          if (pending != null) {
            try {
              all.add(pending.get());
            } catch (ExecutionException | InterruptedException e) {
              // Nothing was opened.
            }
          }
          close(all, threads, Math.min(waitMillis, CLOSING_MILLIS));
        });
    worker.shutdown();
    worker.awaitTermination(CLOSING_MILLIS + waitMillis, TimeUnit.MILLISECONDS);
  }

  private static void close(List<Ladder> ladders, List<Thread> threads, long waitMillis) {
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
    try {
      for (Thread t : threads) {
        TimeUnit.NANOSECONDS.timedJoin(t, Math.max(1, until - System.nanoTime()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (threads.stream().anyMatch(Thread::isAlive)) {
      Player.LOG.warning("generation is stuck; the sources given up are kept open");
      return;
    }
    for (Ladder l : ladders) {
      try {
        l.close();
      } catch (Exception e) {
        Player.LOG.warning("cannot close " + l.name() + ": " + Watchdog.describe(e));
      }
    }
  }

  private long deadline(int entry, long now) {
    double seconds = entries.get(entry).seconds();
    return seconds > 0 && entries.size() > 1 ? now + (long) (seconds * 1e9) : Long.MAX_VALUE;
  }

  private int after(int entry) {
    return (entry + 1) % entries.size();
  }
}
