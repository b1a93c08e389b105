package art.equilibria.play;

import art.equilibria.bench.MemorySample;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Makes frames ahead of the display on threads of its own, two at most waiting. Each frame is the
 * next one after the last claimed, or, when that one's time has already passed, the next one still
 * to come: a slow source drops frames instead of falling behind the clock. With several workers (on
 * processors, two small frames at once use two cores better than one frame split over both) each
 * claims the next index and the display takes them back in order; a frame still being made when its
 * time has passed is passed over for the made one after it. Restarting abandons the threads (a
 * stuck native call cannot be interrupted) and starts others; frames the old ones still hand over
 * carry an old epoch and are thrown away.
 */
final class Generation {
  /** A frame made for the display: its index, and the run of the generation that made it. */
  record Made(long epoch, long index, BufferedImage picture) {}

  /** Frames made and not yet taken before a worker waits to claim another. */
  private static final int WAITING = 2;

  private final Pacer pacer;
  private final LongSupplier nanos;
  private final Rate rate;
  private final int workers;
  private final AtomicLong epoch = new AtomicLong();
  private final List<Thread> abandoned = new ArrayList<>();
  private final LongFunction<MemorySample> memory;

  // The current run's state, guarded by this; replaced by start.
  private List<Thread> threads = List.of();
  private final TreeMap<Long, Made> ready = new TreeMap<>();
  private final TreeSet<Long> making = new TreeSet<>();
  private long claimed = -1;
  private long taken = -1;
  private long from;
  private boolean sampling;

  /** When each worker last made a frame (or waited to make one), by the clock. */
  private volatile AtomicLongArray beats = new AtomicLongArray(0);

  private volatile long firstFrame;
  private volatile Throwable failure;
  private volatile long sampleAfter = -1;
  private volatile MemorySample sample;

  /**
   * @param workers threads making frames at once (a source that allows it; one otherwise)
   * @param memory takes a memory sample (labelled with the frames shown so far)
   */
  Generation(
      Pacer pacer, LongSupplier nanos, Rate rate, int workers, LongFunction<MemorySample> memory) {
    this.memory = memory;
    this.pacer = pacer;
    this.nanos = nanos;
    this.rate = rate;
    this.workers = Math.max(1, workers);
  }

  /**
   * Starts making frames from {@code from} on, from the source given (built on the first worker;
   * the others start once it is built and allows them).
   */
  synchronized void start(Supplier<FrameSource> source, long from) {
    stop();
    long mine = epoch.get();
    long now = nanos.getAsLong();
    beats = new AtomicLongArray(workers);
    for (int w = 0; w < workers; w++) {
      beats.set(w, now);
    }
    firstFrame = 0;
    failure = null;
    claimed = -1;
    taken = -1;
    this.from = from;
    sampling = false;
    Thread lead = worker(() -> lead(source, mine), mine, 0);
    threads = new ArrayList<>(List.of(lead));
    lead.start();
  }

  /** Stops making frames; frames already made are dropped. */
  synchronized void stop() {
    epoch.incrementAndGet();
    for (Thread t : threads) {
      t.interrupt();
      abandoned.add(t);
    }
    threads = List.of();
    abandoned.removeIf(a -> !a.isAlive());
    ready.clear();
    making.clear();
    notifyAll();
  }

  /**
   * Threads stopped or given up that have not ended yet (one stuck in native code may never): they
   * may still be in the sources they made frames from.
   */
  synchronized List<Thread> abandoned() {
    abandoned.removeIf(a -> !a.isAlive());
    return List.copyOf(abandoned);
  }

  synchronized boolean running() {
    return !threads.isEmpty() && threads.stream().allMatch(Thread::isAlive);
  }

  /** Whether a worker was started and has died (the failure says why). */
  synchronized boolean died() {
    return threads.stream().anyMatch(t -> !t.isAlive());
  }

  Throwable failure() {
    return failure;
  }

  /**
   * When the slowest worker last made a frame (or the run started), by the clock: one worker stuck
   * is a stall even while the others go on.
   */
  long heartbeat() {
    AtomicLongArray b = beats;
    long oldest = Long.MAX_VALUE;
    for (int w = 0; w < b.length(); w++) {
      oldest = Math.min(oldest, b.get(w));
    }
    return oldest;
  }

  /** When the current run made its first frame (0: not yet): its source is built by then. */
  long firstFrame() {
    return firstFrame;
  }

  /**
   * Asks for a memory sample between frames, when no worker has a frame's arrays alive (a sample
   * taken while one is being made would count them).
   */
  void sampleMemory(long after) {
    sampleAfter = after;
  }

  /**
   * After {@link #stop}: takes the sample asked for that no worker got to (the show's last frame
   * falls on one), once the workers have left their frames; one stuck longer than {@code
   * waitMillis} is counted in.
   */
  void sampleLeftOver(long waitMillis) throws InterruptedException {
    long after = sampleAfter;
    if (after < 0) {
      return;
    }
    for (Thread worker : abandoned()) {
      worker.join(waitMillis);
    }
    sampleAfter = -1;
    sample = memory.apply(after);
  }

  /** The newest memory sample taken, or null. */
  MemorySample sample() {
    return sample;
  }

  /**
   * The next frame in index order made by the current run, or null after waiting that long. A frame
   * still being made whose time has passed is not waited for (it is dropped when it comes).
   */
  synchronized Made next(long timeoutMillis) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    while (true) {
      ready.headMap(taken, true).clear();
      if (!ready.isEmpty()) {
        long first = ready.firstKey();
        Long before = making.lower(first);
        if (before == null || pacer.due() > before) {
          taken = first;
          notifyAll();
          return ready.pollFirstEntry().getValue();
        }
      }
      long left = end - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  private Thread worker(Runnable work, long mine, int w) {
    Thread t = new Thread(work, "play-generation-" + mine + (w == 0 ? "" : "-" + w));
    t.setDaemon(true);
    return t;
  }

  /** The first worker: builds the source, starts the others if it allows them, and works. */
  private void lead(Supplier<FrameSource> sources, long mine) {
    try {
      FrameSource source = sources.get();
      long now = nanos.getAsLong();
      synchronized (this) {
        if (epoch.get() != mine) {
          return;
        }
        for (int w = 0; w < beats.length(); w++) {
          beats.set(w, now);
        }
        int n = source.parallel() ? workers : 1;
        beats = n == workers ? beats : new AtomicLongArray(new long[] {now});
        for (int w = 1; w < n; w++) {
          int k = w;
          Thread t = worker(() -> work(source, mine, k), mine, k);
          threads.add(t);
          t.start();
        }
      }
      make(source, mine, 0);
    } catch (InterruptedException e) {
      // Stopped.
    } catch (Throwable t) {
      failed(t, mine);
    }
  }

  private void work(FrameSource source, long mine, int w) {
    try {
      make(source, mine, w);
    } catch (InterruptedException e) {
      // Stopped.
    } catch (Throwable t) {
      failed(t, mine);
    }
  }

  private void failed(Throwable t, long mine) {
    if (epoch.get() == mine) {
      failure = t;
    }
  }

  private void make(FrameSource source, long mine, int w) throws Exception {
    for (long index = claim(mine, w); index >= 0; index = claim(mine, w)) {
      BufferedImage picture = source.frame(index);
      long now = nanos.getAsLong();
      synchronized (this) {
        if (epoch.get() != mine) {
          return;
        }
        beats.set(w, now);
        if (firstFrame == 0) {
          firstFrame = now;
        }
        rate.tick(now);
        making.remove(index);
        ready.put(index, new Made(mine, index, picture));
        notifyAll();
      }
    }
  }

  /**
   * The next index to make, or -1 once this run is over. Waits while enough frames are waiting, and
   * takes an asked-for memory sample once no worker is inside a frame.
   */
  private long claim(long mine, int w) throws InterruptedException {
    synchronized (this) {
      while (epoch.get() == mine
          && (ready.size() >= WAITING || sampling || (sampleAfter >= 0 && !making.isEmpty()))) {
        beats.set(w, nanos.getAsLong());
        wait(100);
      }
      if (epoch.get() != mine) {
        return -1;
      }
      if (sampleAfter < 0) {
        return claimNext();
      }
      sampling = true;
    }
    try {
      long after = sampleAfter;
      sampleAfter = -1;
      sample = memory.apply(after);
    } finally {
      synchronized (this) {
        if (epoch.get() == mine) {
          sampling = false;
        }
        notifyAll();
      }
    }
    synchronized (this) {
      return epoch.get() == mine ? claimNext() : -1;
    }
  }

  /** The first frame is the one due now (shown a little late); after it, none is made late. */
  private long claimNext() {
    claimed = claimed < 0 ? Math.max(from, pacer.due()) : Math.max(claimed + 1, pacer.due() + 1);
    making.add(claimed);
    return claimed;
  }
}
