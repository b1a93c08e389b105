package art.equilibria.bench;

import ai.djl.ndarray.NDManager;
import art.equilibria.train.ProcessMemory;
import java.util.Collection;
import java.util.List;

/**
 * Memory after some amount of work (training steps, rendered frames).
 *
 * @param after how much work had been done
 * @param residentMb resident memory of the process (native and Java heap together)
 * @param nativeMb bytes the C allocator has handed out (libtorch's tensors among them), in MiB
 * @param heapMb Java heap in use after a full collection
 * @param liveArrays NDArrays alive on the work's manager: flat unless arrays leak
 */
public record MemorySample(
    long after, double residentMb, double nativeMb, double heapMb, long liveArrays) {

  /**
   * Samples now; collects the Java heap first, so its figure is what is really kept.
   *
   * @param manager the work's arrays, or null for work without any (a video played)
   */
  public static MemorySample take(long after, NDManager manager) {
    return take(after, manager == null ? List.of() : List.of(manager));
  }

  /** Samples now, counting the arrays of several pieces of work (the runs a show has open). */
  public static MemorySample take(long after, Collection<NDManager> managers) {
    System.gc();
    return new MemorySample(
        after,
        ProcessMemory.residentMb(),
        ProcessMemory.nativeHeapMb(),
        ProcessMemory.heapUsedMb(),
        managers.stream().mapToLong(m -> m.getManagedArrays().size()).sum());
  }
}
