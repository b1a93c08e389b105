package art.equilibria.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;

/**
 * The device's own dense float32 matrix-multiply rate through libtorch: the yardstick a training
 * step's FLOP rate is compared with. Square products of a few sizes are timed and the best kept, as
 * the most this device does with the same library and threads.
 *
 * @param size the side of the square matrices that gave the best rate
 * @param flopsPerSecond floating-point operations per second (a multiply-add is two)
 */
public record MatmulRate(int size, double flopsPerSecond) {

  /** Times each size for about {@code secondsEach} seconds. */
  public static MatmulRate measure(Device device, double secondsEach) {
    int[] sizes = device.isGpu() ? new int[] {2048, 4096, 8192} : new int[] {256, 512, 1024, 2048};
    MatmulRate best = null;
    try (NDManager manager = NDManager.newBaseManager(device)) {
      for (int size : sizes) {
        MatmulRate rate = measure(manager, size, secondsEach);
        if (best == null || rate.flopsPerSecond > best.flopsPerSecond) {
          best = rate;
        }
      }
    }
    return best;
  }

  private static MatmulRate measure(NDManager manager, int size, double seconds) {
    try (NDScope scope = new NDScope()) {
      NDArray a = manager.randomNormal(new Shape(size, size));
      NDArray b = manager.randomNormal(new Shape(size, size));
      timed(a, b, 2); // warm-up: the first products pick kernels and allocate
      long runs = 0;
      long start = System.nanoTime();
      long elapsed;
      do {
        timed(a, b, 4);
        runs += 4;
        elapsed = System.nanoTime() - start;
      } while (elapsed < seconds * 1e9);
      return new MatmulRate(size, 2.0 * size * size * size * runs / (elapsed / 1e9));
    }
  }

  /** Runs {@code count} products and waits for the last (a GPU runs them asynchronously). */
  private static void timed(NDArray a, NDArray b, int count) {
    try (NDScope scope = new NDScope()) {
      NDArray c = null;
      for (int i = 0; i < count; i++) {
        c = a.matMul(b);
      }
      c.get(0, 0).getFloat();
    }
  }
}
