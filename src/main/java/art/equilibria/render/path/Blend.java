package art.equilibria.render.path;

/** How a keyframe path passes between neighbouring keyframes. */
enum Blend {
  /** Straight lines. */
  LINEAR,
  /** Great-circle arcs, keeping Gaussian latents at a typical length (the artwork's). */
  SLERP,
  /** A Catmull-Rom cubic through the keyframes: smooth through each keyframe, no corners. */
  SPLINE;

  /** The point between b and c at u; a and d are the neighbours a spline needs. */
  float[] between(float[] a, float[] b, float[] c, float[] d, double u) {
    return switch (this) {
      case LINEAR -> lerp(b, c, u);
      case SLERP -> slerp(b, c, u);
      case SPLINE -> catmullRom(a, b, c, d, u);
    };
  }

  static float[] lerp(float[] a, float[] b, double u) {
    float[] out = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = (float) (a[i] + (b[i] - a[i]) * u);
    }
    return out;
  }

  static float[] slerp(float[] a, float[] b, double u) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      na += (double) a[i] * a[i];
      nb += (double) b[i] * b[i];
    }
    double cos = dot / Math.sqrt(na * nb);
    double omega = Math.acos(Math.max(-1, Math.min(1, cos)));
    if (omega < 1e-6) {
      return lerp(a, b, u);
    }
    double sin = Math.sin(omega);
    double wa = Math.sin((1 - u) * omega) / sin;
    double wb = Math.sin(u * omega) / sin;
    float[] out = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = (float) (wa * a[i] + wb * b[i]);
    }
    return out;
  }

  static float[] catmullRom(float[] a, float[] b, float[] c, float[] d, double u) {
    double u2 = u * u;
    double u3 = u2 * u;
    float[] out = new float[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] =
          (float)
              (0.5
                  * (2 * b[i]
                      + (c[i] - a[i]) * u
                      + (2 * a[i] - 5 * b[i] + 4 * c[i] - d[i]) * u2
                      + (3 * b[i] - a[i] - 3 * c[i] + d[i]) * u3));
    }
    return out;
  }
}
