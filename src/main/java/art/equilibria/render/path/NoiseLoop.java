package art.equilibria.render.path;

import java.util.SplittableRandom;

/**
 * A wandering loop: every latent dimension is a sum of a few sinusoids with whole numbers of
 * periods over t in [0, 1] and random phases, lower frequencies stronger. Periodic by construction,
 * less regular than a circle; each dimension has unit variance over the loop.
 */
final class NoiseLoop implements LatentPath {
  private static final int HARMONICS = 4;
  private final double[][] amplitude;
  private final double[][] phase;

  NoiseLoop(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    amplitude = new double[size][HARMONICS];
    phase = new double[size][HARMONICS];
    for (int i = 0; i < size; i++) {
      double energy = 0;
      for (int k = 0; k < HARMONICS; k++) {
        amplitude[i][k] = random.nextGaussian() / (k + 1);
        phase[i][k] = random.nextDouble() * 2 * Math.PI;
        energy += amplitude[i][k] * amplitude[i][k] / 2;
      }
      for (int k = 0; k < HARMONICS; k++) {
        amplitude[i][k] /= Math.sqrt(energy);
      }
    }
  }

  @Override
  public float[] at(double t) {
    float[] out = new float[amplitude.length];
    for (int i = 0; i < out.length; i++) {
      double v = 0;
      for (int k = 0; k < HARMONICS; k++) {
        v += amplitude[i][k] * Math.sin(2 * Math.PI * (k + 1) * t + phase[i][k]);
      }
      out[i] = (float) v;
    }
    return out;
  }
}
