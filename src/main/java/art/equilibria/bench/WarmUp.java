package art.equilibria.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Steps a trainer until HotSpot's compiler has gone quiet. The JVM keeps compiling a step's Java
 * code for several seconds after the first steps, on the cores libtorch's threads need: on two
 * cores that slows the first 50 or so steps at 16 px, which is not the speed a long training runs
 * at. Warm when the compiler worked less than {@link #QUIET} of the wall time of the last {@link
 * #WINDOW} steps.
 */
final class WarmUp {
  static final int LEAST = 5;
  static final int WINDOW = 5;
  static final double QUIET = 0.02;
  static final int MOST = 300;

  private final LongSupplier compilerMillis;
  private final LongSupplier nanoClock;

  WarmUp(LongSupplier compilerMillis, LongSupplier nanoClock) {
    this.compilerMillis = compilerMillis;
    this.nanoClock = nanoClock;
  }

  /** This JVM's compiler time; without a compiler to watch, the least warm-up. */
  static WarmUp ofThisJvm() {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    boolean watched = compiler != null && compiler.isCompilationTimeMonitoringSupported();
    LongSupplier millis = watched ? compiler::getTotalCompilationTime : () -> 0L;
    return new WarmUp(millis, System::nanoTime);
  }

  /**
   * Runs {@code step} until warm ({@link #LEAST} to {@link #MOST} times).
   *
   * @return the steps run
   */
  int run(Step step) throws java.io.IOException {
    long[] compiled = new long[MOST + 1];
    long[] nanos = new long[MOST + 1];
    compiled[0] = compilerMillis.getAsLong();
    nanos[0] = nanoClock.getAsLong();
    for (int i = 1; i <= MOST; i++) {
      step.run();
      compiled[i] = compilerMillis.getAsLong();
      nanos[i] = nanoClock.getAsLong();
      if (i >= LEAST && i >= WINDOW) {
        double compilerMs = compiled[i] - compiled[i - WINDOW];
        double wallMs = (nanos[i] - nanos[i - WINDOW]) / 1e6;
        if (compilerMs < QUIET * wallMs) {
          return i;
        }
      }
    }
    return MOST;
  }

  /** One training step. */
  interface Step {
    void run() throws java.io.IOException;
  }
}
