package art.equilibria.train;

import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Structure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory of this process: resident (native and Java heap together) and the native heap alone. */
public final class ProcessMemory {
  private static final Path STATUS = Path.of("/proc/self/status");

  private ProcessMemory() {}

  /** Resident set size in MiB, or NaN where /proc is not available. */
  public static double residentMb() {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Not Linux: memory is simply not reported.
    }
    return Double.NaN;
  }

  /**
   * Bytes the C allocator has handed out and not taken back, in MiB: libtorch's CPU tensors and
   * every other native allocation, without the Java heap or pages the allocator keeps cached. Read
   * from jemalloc where it is preloaded (the launcher's default), from glibc's {@code mallinfo2}
   * otherwise; NaN where neither answers.
   */
  public static double nativeHeapMb() {
    try {
      NativeLibrary process = NativeLibrary.getProcess();
      long bytes;
      try {
        bytes = jemallocAllocated(process.getFunction("mallctl"));
      } catch (UnsatisfiedLinkError noJemalloc) {
        MallInfo2 info =
            (MallInfo2) process.getFunction("mallinfo2").invoke(MallInfo2.class, new Object[0]);
        bytes = info.uordblks + info.hblkhd;
      }
      return bytes / (1024.0 * 1024.0);
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      return Double.NaN;
    }
  }

  private static long jemallocAllocated(Function mallctl) {
    // jemalloc's statistics are a snapshot refreshed by writing "epoch".
    Memory epoch = new Memory(8);
    epoch.setLong(0, 1);
    mallctl.invokeInt(new Object[] {"epoch", null, null, epoch, 8L});
    Memory value = new Memory(8);
    Memory length = new Memory(8);
    length.setLong(0, 8);
    if (mallctl.invokeInt(new Object[] {"stats.allocated", value, length, null, 0L}) != 0) {
      throw new IllegalStateException("jemalloc has no statistics");
    }
    return value.getLong(0);
  }

  /** glibc's {@code struct mallinfo2}: ten size_t counters. */
  @Structure.FieldOrder({
    "arena",
    "ordblks",
    "smblks",
    "hblks",
    "hblkhd",
    "usmblks",
    "fsmblks",
    "uordblks",
    "fordblks",
    "keepcost"
  })
  public static final class MallInfo2 extends Structure implements Structure.ByValue {
    public long arena;
    public long ordblks;
    public long smblks;
    public long hblks;
    public long hblkhd;
    public long usmblks;
    public long fsmblks;
    public long uordblks;
    public long fordblks;
    public long keepcost;
  }

  /** Processor time used by the whole process so far (every thread, native ones included). */
  public static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Java heap in use in MiB (live objects and garbage not yet collected). */
  public static double heapUsedMb() {
    return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()
        / (1024.0 * 1024.0);
  }
}
