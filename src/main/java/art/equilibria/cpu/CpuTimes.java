package art.equilibria.cpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Processor time so far, in clock ticks: the whole machine's, busy and in all, and this process's
 * own. Read from Linux's /proc; elsewhere there is none.
 *
 * @param machineBusy ticks every core spent on any process (user, system, interrupts, stolen)
 * @param machineTotal ticks every core spent, idle included
 * @param own ticks this process's threads spent (user and system)
 */
public record CpuTimes(long machineBusy, long machineTotal, long own) {

  /** The times now, or none where /proc cannot be read (not Linux). */
  public static Optional<CpuTimes> read() {
    try {
      String machine = Files.readAllLines(Path.of("/proc/stat")).get(0);
      String self = Files.readString(Path.of("/proc/self/stat"));
      return Optional.of(parse(machine, self));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * @param machine the first line of /proc/stat: {@code cpu user nice system idle iowait irq
   *     softirq steal ...}
   * @param self /proc/self/stat, whose 14th and 15th fields are user and system time
   */
  static CpuTimes parse(String machine, String self) {
    String[] m = machine.trim().split("\\s+");
    long total = 0;
    for (int i = 1; i < m.length && i <= 8; i++) {
      total += Long.parseLong(m[i]);
    }
    long idle = Long.parseLong(m[4]) + Long.parseLong(m[5]);
    // The command name (field 2) is in brackets and may hold spaces: count from after it.
    String[] s = self.substring(self.lastIndexOf(')') + 2).split(" ");
    long own = Long.parseLong(s[11]) + Long.parseLong(s[12]);
    return new CpuTimes(total - idle, total, own);
  }

  /**
   * Cores' worth of processor that other processes used between {@code earlier} and this reading.
   */
  public double othersSince(CpuTimes earlier, int cores) {
    long total = machineTotal - earlier.machineTotal;
    if (total <= 0) {
      return 0;
    }
    long others = (machineBusy - earlier.machineBusy) - (own - earlier.own);
    return Math.max(0, (double) others / total * cores);
  }
}
