package art.equilibria.render.path;

import java.util.Locale;

/** How the motion speeds up and slows down between two keyframes. */
public enum Easing {
  NONE {
    @Override
    public double apply(double u) {
      return u;
    }
  },
  EASE_IN {
    @Override
    public double apply(double u) {
      return u * u;
    }
  },
  EASE_OUT {
    @Override
    public double apply(double u) {
      return 1 - (1 - u) * (1 - u);
    }
  },
  /** Smoothstep: rests briefly at every keyframe. */
  EASE_IN_OUT {
    @Override
    public double apply(double u) {
      return u * u * (3 - 2 * u);
    }
  };

  /** Maps the position between two keyframes, u in [0, 1], to the blend used there. */
  public abstract double apply(double u);

  public static Easing named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
