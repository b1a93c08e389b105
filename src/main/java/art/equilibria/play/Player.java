package art.equilibria.play;

import art.equilibria.bench.MemorySample;
import art.equilibria.piece.ControlMappingReader;
import art.equilibria.piece.RenderSpec;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Runs a show: frames made by {@link Generation}, shown at their time by the {@link Pacer}, kept
 * going by the {@link Watchdog}, stepped down the {@link Ladder} when generation cannot hold the
 * frame rate, moved on through the {@link Programme} by the {@link Changeover}, and dark outside
 * the {@link OpeningHours}. Controls are heard on their own threads and carried out on the
 * player's, between frames. Everything the status says is read from here, by other threads.
 */
public final class Player implements Controls {
  static final Logger LOG = Logger.getLogger("art.equilibria.play");

  static {
    // Quiet by default: the log goes to the files PlayLog names, not to the console.
    LOG.setUseParentHandlers(false);
  }

  /** The stretch the status's rates are measured over. */
  private static final long STATUS_NANOS = TimeUnit.SECONDS.toNanos(5);

  /**
   * @param hours when the show is on
   * @param stallMillis how long without a new frame counts as a stall
   * @param memoryEvery frames between memory samples (each collects the heap: not too often)
   * @param frames stop after showing this many frames (Long.MAX_VALUE: until stopped)
   * @param from the frame shown first
   * @param workers threads generating frames at once
   * @param preloadMillis how long before its time a programme's next entry begins opening
   */
  public record Options(
      OpeningHours hours,
      long stallMillis,
      long memoryEvery,
      long frames,
      long from,
      int workers,
      long preloadMillis) {}

  private final Changeover changeover;
  private final Screen screen;
  private final Pacer pacer;
  private final LongSupplier nanos;
  private final Clock wall;
  private final Options options;
  private final Rate shownRate = new Rate(STATUS_NANOS);
  private final Rate madeRate = new Rate(LadderSteps.WINDOW_NANOS);
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

  /** When to move on the ladder of the entry now shown. */
  private LadderSteps steps = new LadderSteps();

  /** The truncation asked for by a control (NaN: none yet), and the one carried out. */
  private volatile double truncation = Double.NaN;

  private double truncationSet = Double.NaN;

  public Player(
      Programme programme,
      Screen screen,
      Pacer pacer,
      LongSupplier nanos,
      Clock wall,
      Options options,
      LongFunction<MemorySample> memory) {
    this.screen = screen;
    this.pacer = pacer;
    this.nanos = nanos;
    this.wall = wall;
    this.options = options;
    this.generation = new Generation(pacer, nanos, madeRate, options.workers(), memory);
    this.watchdog =
        new Watchdog(
            TimeUnit.MILLISECONDS.toNanos(options.stallMillis()), TimeUnit.SECONDS.toNanos(1));
    this.started = nanos.getAsLong();
    this.changeover =
        new Changeover(
            programme,
            started,
            options.stallMillis(),
            why -> lastError = why,
            TimeUnit.MILLISECONDS.toNanos(options.preloadMillis()));
  }

  /** Plays until {@link #stop} or the number of frames asked for; returns the final status. */
  public PlayStatus run() throws InterruptedException {
    LOG.info("playing " + changeover.describe() + ", opening hours " + options.hours());
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
          LOG.info("open: generating " + changeover.describe());
          startGeneration(Math.max(options.from(), frame + 1));
        }
        keepGoing(now);
        steer(now);
        Generation.Made made = generation.next(100);
        if (made != null && made.index() > frame) {
          showAtItsTime(made);
        }
      }
    } finally {
      generation.stop();
      try {
        generation.sampleLeftOver(5_000);
        noteMemory();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      state = "stopped";
      changeover.close(generation.abandoned());
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
    // While the next entry opens or fades in, generation shares its time: that is not falling
    // behind. Unpaced, nothing is wanted of it.
    if (!pacer.paced() || changeover.changing()) {
      return;
    }
    Ladder ladder = changeover.ladder();
    String from = ladder.name();
    double made = madeRate.perSecond(now);
    LadderSteps.Move move =
        steps.judge(
            now,
            generation.firstFrame(),
            made,
            pacer.fps() * pacer.speed(),
            ladder.top(),
            ladder.bottom());
    if (move == LadderSteps.Move.DOWN && ladder.down()) {
      degraded =
          String.format(
              "%s made %.1f fps of %.0f; now showing %s", from, made, pacer.fps(), ladder.name());
      LOG.warning(degraded);
      startGeneration(frame + 1);
    } else if (move == LadderSteps.Move.UP && ladder.up()) {
      degraded = ladder.top() ? null : "now showing " + ladder.name();
      LOG.info("trying " + ladder.name() + " again");
      startGeneration(frame + 1);
    }
  }

  /** Carries out what the controls asked for, and the programme's changes, between two frames. */
  private void steer(long now) throws InterruptedException {
    double psi = truncation;
    if (!Double.isNaN(psi) && psi != truncationSet) {
      truncationSet = psi;
      changeover.truncation(psi);
    }
    if (changeover.step(now, fadeFps())) {
      degraded = null;
      steps = new LadderSteps();
      startGeneration(frame + 1);
      changeover.retire(generation.abandoned());
    }
    int k = pendingKeyframe.getAndSet(-1);
    if (k >= 0) {
      jump(k);
    }
  }

  /** Frames per second a fade's length is counted in: the show's, or unpaced the source's own. */
  private double fadeFps() {
    return pacer.paced() ? pacer.fps() : changeover.ladder().current().fps();
  }

  private void startGeneration(long from) {
    generation.start(changeover.source(), from);
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
    noteMemory();
  }

  /** Logs a memory sample taken since the last. */
  private void noteMemory() {
    MemorySample sample = generation.sample();
    if (sample == null || sample == lastMemory) {
      return;
    }
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

  /** Clamped to 0 (the mean picture) to the largest psi; carried out between frames. */
  @Override
  public void truncation(double psi) {
    if (Double.isNaN(psi)) {
      return;
    }
    truncation = Math.min(RenderSpec.MAX_TRUNCATION, Math.max(0, psi));
    LOG.info("truncation " + truncation);
  }

  @Override
  public void next() {
    changeover.ask(Double.NaN);
    LOG.info("next");
  }

  @Override
  public void crossfade(double seconds) {
    if (Double.isNaN(seconds)) {
      return;
    }
    double fade = Math.min(ControlMappingReader.MAX_CROSSFADE, Math.max(0, seconds));
    changeover.ask(fade);
    LOG.info("crossfade over " + fade + " s");
  }

  /**
   * Goes on from keyframe k: the next frame index that falls on it, so indices only grow (frame i
   * is frame i mod the loop's length) and the frames passed over are not counted as dropped.
   */
  private void jump(int k) {
    long loop = changeover.ladder().current().frames();
    int n = Math.max(1, changeover.ladder().keyframes());
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
    long switchAt = changeover.switchAt();
    return new PlayStatus(
        state,
        changeover.describe(),
        changeover.entry(),
        switchAt == Long.MAX_VALUE
            ? null
            : LocalDateTime.now(wall)
                .plusNanos(switchAt - now)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString(),
        degraded,
        frame,
        shown,
        dropped,
        pacer.fps(),
        shownRate.perSecond(now),
        madeRate.perSecond(now, STATUS_NANOS),
        pacer.speed(),
        Double.isNaN(truncation) ? null : truncation,
        (now - started) / 1e9,
        restarts,
        lastError,
        lastMemory,
        options.hours().toString());
  }
}
