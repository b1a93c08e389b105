package art.equilibria.cpu;

import ai.djl.Device;
import ai.djl.pytorch.jni.JniUtils;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Gives libtorch as many threads as the machine has cores free of other processes. libtorch's
 * threads wait for each other between operations; while they wait they spin, which is what makes a
 * lone training fast, and what makes it crawl once another process takes one of the cores (a second
 * training, a browser): the spinning thread burns the core its partner needs. With fewer threads
 * than free cores there is no one to wait for. Checked every few seconds between steps, so a
 * training slows down for a second one and speeds up again when it ends.
 */
public final class ThreadGovernor {
  /** How often the machine's load is read. */
  private static final long WINDOW_NANOS = 2_000_000_000L;

  private final int cores;
  private final int most;
  private final Supplier<Optional<CpuTimes>> cpuTimes;
  private final LongSupplier nanoClock;
  private final IntConsumer apply;

  private Optional<CpuTimes> last;
  private long lastNanos;
  private int threads;

  /** The choice the last window made, applied only when the next one agrees. */
  private int proposed;

  /**
   * @param cores the machine's cores
   * @param most the threads asked for (the launcher's setting): never more
   * @param cpuTimes reads processor times
   * @param nanoClock a monotonic clock
   * @param apply sets libtorch's thread count
   */
  public ThreadGovernor(
      int cores,
      int most,
      Supplier<Optional<CpuTimes>> cpuTimes,
      LongSupplier nanoClock,
      IntConsumer apply) {
    this.cores = cores;
    this.most = most;
    this.cpuTimes = cpuTimes;
    this.nanoClock = nanoClock;
    this.apply = apply;
    this.threads = most;
    this.proposed = most;
    this.last = cpuTimes.get();
    this.lastNanos = nanoClock.getAsLong();
  }

  /**
   * For a training in this process on {@code device}: the threads libtorch was started with (the
   * launcher's {@code ai.djl.pytorch.num_threads}, else one per core) are the most it gets. On a
   * GPU, where libtorch's processor threads only feed the device, nothing changes.
   */
  public static ThreadGovernor forTraining(Device device) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new ThreadGovernor(
        cores,
        Integer.getInteger("ai.djl.pytorch.num_threads", cores),
        device.isGpu() ? Optional::empty : CpuTimes::read,
        System::nanoTime,
        JniUtils::setNumThreads);
  }

  /** Between steps: reads the load when a window has passed and changes the threads if needed. */
  public void tick() {
    long now = nanoClock.getAsLong();
    if (last.isEmpty() || now - lastNanos < WINDOW_NANOS) {
      return;
    }
    Optional<CpuTimes> times = cpuTimes.get();
    if (times.isEmpty()) {
      return;
    }
    int wanted = threadsFor(cores, most, times.get().othersSince(last.get(), cores));
    last = times;
    lastNanos = now;
    // Two windows in a row must agree: a burst of load (a page drawn) changes nothing.
    if (wanted != threads && wanted == proposed) {
      threads = wanted;
      apply.accept(threads);
    }
    proposed = wanted;
  }

  /** The threads libtorch has now. */
  public int threads() {
    return threads;
  }

  /** One per core left free by the others' load (rounded), at least one, at most {@code most}. */
  static int threadsFor(int cores, int most, double othersCores) {
    long free = Math.round(cores - othersCores);
    return (int) Math.max(1, Math.min(most, free));
  }
}
