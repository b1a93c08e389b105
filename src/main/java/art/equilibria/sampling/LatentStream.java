package art.equilibria.sampling;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;

/**
 * Latent batches drawn in Java from the piece's seed and the batch's coordinates (step and update),
 * so any batch can be drawn again without replaying the ones before it: a resumed run sees the same
 * latents, on any device.
 */
public final class LatentStream {
  private final long seed;
  private final int size;

  public LatentStream(long seed, int size) {
    this.seed = seed;
    this.size = size;
  }

  /** The batch for one network's update at one step. */
  public NDArray batch(NDManager manager, long step, int update, int count) {
    return draw(manager, mix(seed, step * 64 + update), count);
  }

  /** Fixed latents (snapshot grids): the same for the whole run. */
  public NDArray fixed(NDManager manager, int count) {
    return draw(manager, mix(seed, -1), count);
  }

  /** The latent of one seed, as artists pick keyframes by seed. */
  public static float[] ofSeed(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] z = new float[size];
    for (int i = 0; i < size; i++) {
      z[i] = (float) random.nextGaussian();
    }
    return z;
  }

  private NDArray draw(NDManager manager, long streamSeed, int count) {
    SplittableRandom random = new SplittableRandom(streamSeed);
    float[] values = new float[count * size];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) random.nextGaussian();
    }
    return manager.create(values, new Shape(count, size)).toDevice(manager.getDevice(), false);
  }

  /** Mixes two numbers into one well-spread seed (the finaliser of SplitMix64). */
  public static long mix(long a, long b) {
    long x = a * 0x9E3779B97F4A7C15L ^ (b + 0x632BE59BD9B4E019L);
    x = (x ^ (x >>> 31)) * 0xBF58476D1CE4E5B9L;
    return x ^ (x >>> 29);
  }
}
