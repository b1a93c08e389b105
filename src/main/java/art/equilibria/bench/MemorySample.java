package art.equilibria.bench;

import ai.djl.ndarray.NDManager;
import art.equilibria.train.ProcessMemory;
import java.util.List;

/**
 * Memory after some amount of work (training steps, rendered frames).
 *
 * @param after how much work had been done
 * @param residentMb resident memory of the process (native and Java heap together)
 * @param heapMb Java heap in use after a full collection
 * @param liveArrays NDArrays alive on the work's manager: flat unless arrays leak
 */
public record MemorySample(long after, double residentMb, double heapMb, long liveArrays) {

  /** Samples now; collects the Java heap first, so its figure is what is really kept. */
  public static MemorySample take(long after, NDManager manager) {
    System.gc();
    return new MemorySample(
        after,
        ProcessMemory.residentMb(),
        ProcessMemory.heapUsedMb(),
        manager.getManagedArrays().size());
  }

  /** Resident memory's growth from the first sample to the last, in percent. */
  public static double residentGrowth(List<MemorySample> samples) {
    if (samples.size() < 2) {
      return Double.NaN;
    }
    double first = samples.get(0).residentMb();
    return 100 * (samples.get(samples.size() - 1).residentMb() - first) / first;
  }
}
