package art.equilibria.play;

import art.equilibria.bench.MemorySample;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Makes frames ahead of the display on a thread of its own, two at most waiting. Each frame is the
 * next one after the last, or, when that one's time has already passed, the next one still to come:
 * a slow source drops frames instead of falling behind the clock. Restarting abandons the thread (a
 * stuck native call cannot be interrupted) and starts another; frames the old one still hands over
 * carry an old epoch and are thrown away.
 */
final class Generation {
  /** A frame made for the display: its index, and the run of the generation that made it. */
  record Made(long epoch, long index, BufferedImage picture) {}

  private final Pacer pacer;
  private final LongSupplier nanos;
  private final Rate rate;
  private final BlockingQueue<Made> made = new ArrayBlockingQueue<>(2);
  private final AtomicLong epoch = new AtomicLong();
  private final List<Thread> abandoned = new ArrayList<>();
  private volatile Thread thread;
  private volatile long heartbeat;
  private volatile long firstFrame;
  private volatile Throwable failure;
  private volatile long sampleAfter = -1;
  private volatile MemorySample sample;
  private final LongFunction<MemorySample> memory;

  /**
   * @param memory takes a memory sample (labelled with the frames shown so far)
   */
  Generation(Pacer pacer, LongSupplier nanos, Rate rate, LongFunction<MemorySample> memory) {
    this.memory = memory;
    this.pacer = pacer;
    this.nanos = nanos;
    this.rate = rate;
  }

  /** Starts making frames from {@code from} on, from the source given (built on the new thread). */
  synchronized void start(Supplier<FrameSource> source, long from) {
    stop();
    long mine = epoch.get();
    heartbeat = nanos.getAsLong();
    firstFrame = 0;
    failure = null;
    thread = new Thread(() -> make(source, from, mine), "play-generation-" + mine);
    thread.setDaemon(true);
    thread.start();
  }

  /** Stops making frames; frames already made are dropped. */
  synchronized void stop() {
    epoch.incrementAndGet();
    Thread t = thread;
    thread = null;
    if (t != null) {
      t.interrupt();
      abandoned.add(t);
    }
    abandoned.removeIf(a -> !a.isAlive());
    made.clear();
  }

  /**
   * Threads stopped or given up that have not ended yet (one stuck in native code may never): they
   * may still be in the sources they made frames from.
   */
  synchronized List<Thread> abandoned() {
    abandoned.removeIf(a -> !a.isAlive());
    return List.copyOf(abandoned);
  }

  boolean running() {
    Thread t = thread;
    return t != null && t.isAlive();
  }

  /** Whether a thread was started and has died (its failure says why). */
  boolean died() {
    Thread t = thread;
    return t != null && !t.isAlive();
  }

  Throwable failure() {
    return failure;
  }

  /** When a frame was last made (or the thread started), by the clock. */
  long heartbeat() {
    return heartbeat;
  }

  /** When the current thread made its first frame (0: not yet): its source is built by then. */
  long firstFrame() {
    return firstFrame;
  }

  /**
   * Asks for a memory sample between two frames, when no frame's arrays are alive (a sample taken
   * from another thread would count the arrays of the frame being made).
   */
  void sampleMemory(long after) {
    sampleAfter = after;
  }

  /** The newest memory sample taken, or null. */
  MemorySample sample() {
    return sample;
  }

  /** The next frame made by the current thread, or null after waiting that long. */
  Made next(long timeoutMillis) throws InterruptedException {
    Made m = made.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    return m == null || m.epoch() != epoch.get() ? null : m;
  }

  private void make(Supplier<FrameSource> sources, long from, long mine) {
    try {
      FrameSource source = sources.get();
      heartbeat = nanos.getAsLong();
      // The first frame is the one due now (shown a little late); after it, none is made late.
      for (long next = Math.max(from, pacer.due()); epoch.get() == mine; ) {
        long after = sampleAfter;
        if (after >= 0) {
          sampleAfter = -1;
          sample = memory.apply(after);
        }
        BufferedImage picture = source.frame(next);
        heartbeat = nanos.getAsLong();
        if (firstFrame == 0) {
          firstFrame = heartbeat;
        }
        rate.tick(heartbeat);
        Made m = new Made(mine, next, picture);
        while (epoch.get() == mine && !made.offer(m, 100, TimeUnit.MILLISECONDS)) {
          heartbeat = nanos.getAsLong();
        }
        next = Math.max(next + 1, pacer.due() + 1);
      }
    } catch (InterruptedException e) {
      // Stopped.
    } catch (Throwable t) {
      if (epoch.get() == mine) {
        failure = t;
      }
    }
  }
}
