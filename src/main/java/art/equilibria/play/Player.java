package art.equilibria.play;

import art.equilibria.bench.MemorySample;
import java.time.Clock;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Runs a show: frames made by {@link Generation}, shown at their time by the {@link Pacer}, kept
 * going by the {@link Watchdog}, stepped down the {@link Ladder} when generation cannot hold the
 * frame rate, and dark outside the {@link OpeningHours}. Everything the status says is read from
 * here, by other threads.
 */
public final class Player implements Controls {
  static final Logger LOG = Logger.getLogger("art.equilibria.play");

  static {
    // Quiet by default: the log goes to the files PlayLog names, not to the console.
    LOG.setUseParentHandlers(false);
  }

  /** Generation must make this share of the frame rate, or the show steps down. */
  private static final double KEEPING_UP = 0.9;

  /** How long generation is watched before it is judged slow (the first frames are slower). */
  private static final long JUDGE_AFTER_NANOS = TimeUnit.SECONDS.toNanos(10);

  /**
   * @param hours when the show is on
   * @param stallMillis how long without a new frame counts as a stall
   * @param memoryEvery frames between memory samples (each collects the heap: not too often)
   * @param frames stop after showing this many frames (Long.MAX_VALUE: until stopped)
   * @param from the frame shown first
   * @param keyframes how many keyframes the loop passes through, evenly spaced (for jumps)
   */
  public record Options(
      OpeningHours hours,
      long stallMillis,
      long memoryEvery,
      long frames,
      long from,
      int keyframes) {}

  private final Ladder ladder;
  private final Screen screen;
  private final Pacer pacer;
  private final LongSupplier nanos;
  private final Clock wall;
  private final Options options;
  private final Rate shownRate = new Rate(TimeUnit.SECONDS.toNanos(5));
  private final Rate madeRate = new Rate(TimeUnit.SECONDS.toNanos(5));
  private final Generation generation;
  private final Watchdog watchdog;
  private final long started;

  private volatile boolean stopped;
  private volatile String state = "starting";
  private volatile String degraded;
  private volatile long frame = -1;
  private volatile long shown;
  private volatile long dropped;
  private volatile int restarts;
  private volatile String lastError;
  private volatile MemorySample lastMemory;
  private volatile MemorySample firstMemory;
  private final AtomicInteger pendingKeyframe = new AtomicInteger(-1);

  public Player(
      Ladder ladder,
      Screen screen,
      Pacer pacer,
      LongSupplier nanos,
      Clock wall,
      Options options,
      LongFunction<MemorySample> memory) {
    this.ladder = ladder;
    this.screen = screen;
    this.pacer = pacer;
    this.nanos = nanos;
    this.wall = wall;
    this.options = options;
    this.generation = new Generation(pacer, nanos, madeRate, memory);
    this.watchdog =
        new Watchdog(
            TimeUnit.MILLISECONDS.toNanos(options.stallMillis()), TimeUnit.SECONDS.toNanos(1));
    this.started = nanos.getAsLong();
  }

  /** Plays until {@link #stop} or the number of frames asked for; returns the final status. */
  public PlayStatus run() throws InterruptedException {
    LOG.info("playing " + ladder.name() + ", opening hours " + options.hours());
    pacer.start(options.from());
    boolean open = false;
    try {
      while (!stopped && shown < options.frames()) {
        long now = nanos.getAsLong();
        if (!options.hours().isOpen(LocalTime.now(wall))) {
          if (open || state.equals("starting")) {
            generation.stop();
            screen.black();
            state = "closed";
            open = false;
            LOG.info("closed: the screen is black and nothing is generated");
          }
          Thread.sleep(200);
          continue;
        }
        if (!open) {
          open = true;
          LOG.info("open: generating " + ladder.name());
          startGeneration(Math.max(options.from(), frame + 1));
        }
        keepGoing(now);
        int k = pendingKeyframe.getAndSet(-1);
        if (k >= 0) {
          jump(k);
        }
        Generation.Made made = generation.next(100);
        if (made != null && made.index() > frame) {
          showAtItsTime(made);
        }
      }
    } finally {
      generation.stop();
      state = "stopped";
    }
    return status();
  }

  /** Restarts generation when the watchdog says so, and steps down when it cannot keep up. */
  private void keepGoing(long now) {
    String reason = watchdog.check(generation, now);
    if (reason != null) {
      restarts++;
      lastError = reason;
      LOG.warning("restarting generation (" + restarts + "): " + reason);
      startGeneration(frame + 1);
      return;
    }
    long first = generation.firstFrame();
    if (pacer.paced()
        && first != 0
        && now - first > JUDGE_AFTER_NANOS
        && madeRate.perSecond(now) < KEEPING_UP * pacer.fps() * pacer.speed()) {
      String from = ladder.name();
      double rate = madeRate.perSecond(now);
      if (ladder.down()) {
        degraded =
            String.format(
                "%s made %.1f fps of %.0f; now showing %s", from, rate, pacer.fps(), ladder.name());
        LOG.warning(degraded);
        startGeneration(frame + 1);
      }
    }
  }

  private void startGeneration(long from) {
    generation.start(ladder::current, from);
  }

  private void showAtItsTime(Generation.Made made) throws InterruptedException {
    for (long wait = pacer.until(made.index()); wait > 0 && !stopped; ) {
      // Short sleeps: a change of speed or a stop is heard within a few milliseconds.
      TimeUnit.NANOSECONDS.sleep(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(5)));
      wait = pacer.until(made.index());
    }
    if (stopped) {
      return;
    }
    screen.show(made.picture());
    if (frame >= 0) {
      dropped += made.index() - frame - 1;
    }
    frame = made.index();
    shown++;
    state = "playing";
    shownRate.tick(nanos.getAsLong());
    if (shown % options.memoryEvery() == 0) {
      generation.sampleMemory(shown);
    }
    MemorySample sample = generation.sample();
    if (sample != null && sample != lastMemory) {
      lastMemory = sample;
      if (firstMemory == null) {
        firstMemory = sample;
      }
      LOG.info(
          String.format(
              "memory after %d frames: resident %.1f MiB, native %.1f MiB, heap %.1f MiB, %d live"
                  + " arrays; %d dropped",
              sample.after(),
              sample.residentMb(),
              sample.nativeMb(),
              sample.heapMb(),
              sample.liveArrays(),
              dropped));
    }
  }

  /** Ends {@link #run} after the frame in hand. */
  public void stop() {
    stopped = true;
  }

  @Override
  public void speed(double speed) {
    pacer.speed(speed);
    LOG.info("speed " + speed);
  }

  /** Heard on the control's thread, done on the player's between frames. */
  @Override
  public void keyframe(int k) {
    pendingKeyframe.set(Math.max(0, k));
  }

  /**
   * Goes on from keyframe k: the next frame index that falls on it, so indices only grow (frame i
   * is frame i mod the loop's length) and the frames passed over are not counted as dropped.
   */
  private void jump(int k) {
    long loop = ladder.current().frames();
    int n = Math.max(1, options.keyframes());
    long at = Math.floorMod(k, n) * loop / n;
    long next = frame + 1;
    long target = next + Math.floorMod(at - next, loop);
    pacer.start(target);
    frame = target - 1;
    LOG.info("jump to keyframe " + Math.floorMod(k, n) + " (frame " + target + ")");
    startGeneration(target);
  }

  /** The first memory sample, to compare the last against. */
  public MemorySample firstMemory() {
    return firstMemory;
  }

  public PlayStatus status() {
    long now = nanos.getAsLong();
    return new PlayStatus(
        state,
        ladder.name(),
        degraded,
        frame,
        shown,
        dropped,
        pacer.fps(),
        shownRate.perSecond(now),
        madeRate.perSecond(now),
        pacer.speed(),
        (now - started) / 1e9,
        restarts,
        lastError,
        lastMemory,
        options.hours().toString());
  }
}
