package art.equilibria.render.path;

import java.util.SplittableRandom;

/**
 * A great circle through latent space, {@code cos(2 pi t) a + sin(2 pi t) b} with a and b
 * orthogonal and of a Gaussian latent's typical length: periodic by construction.
 */
final class CircleLoop implements LatentPath {
  private final float[] a;
  private final float[] b;

  CircleLoop(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = gaussian(random, size);
    double[] y = gaussian(random, size);
    double xy = dot(x, y) / dot(x, x);
    for (int i = 0; i < size; i++) {
      y[i] -= xy * x[i];
    }
    this.a = scaled(x, Math.sqrt(size / dot(x, x)));
    this.b = scaled(y, Math.sqrt(size / dot(y, y)));
  }

  @Override
  public float[] at(double t) {
    double c = Math.cos(2 * Math.PI * t);
    double s = Math.sin(2 * Math.PI * t);
    float[] out = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = (float) (c * a[i] + s * b[i]);
    }
    return out;
  }

  static double[] gaussian(SplittableRandom random, int size) {
    double[] v = new double[size];
    for (int i = 0; i < size; i++) {
      v[i] = random.nextGaussian();
    }
    return v;
  }

  static double dot(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  private static float[] scaled(double[] v, double factor) {
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] * factor);
    }
    return out;
  }
}
