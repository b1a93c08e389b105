package art.equilibria.render.path;

import art.equilibria.piece.RenderChoices;
import java.util.List;
import java.util.Locale;

/** Builds the latent path a render names. */
public final class Paths {
  /** The interpolations artists can name, in the piece's and the command line's spelling. */
  private Paths() {}

  /**
   * @param interpolation one of {@link RenderChoices#INTERPOLATIONS}
   * @param keyframes keyframe latents (used by slerp, linear and spline)
   * @param seed seed of the circle and noise loops
   * @param size latent size
   */
  public static LatentPath create(
      String interpolation,
      List<float[]> keyframes,
      Easing easing,
      boolean loop,
      long seed,
      int size) {
    return switch (interpolation.toLowerCase(Locale.ROOT)) {
      case "slerp" -> new KeyframePath(keyframes, Blend.SLERP, easing, loop);
      case "linear" -> new KeyframePath(keyframes, Blend.LINEAR, easing, loop);
      case "spline" -> new KeyframePath(keyframes, Blend.SPLINE, easing, loop);
      case "circle" -> new CircleLoop(seed, size);
      case "noise" -> new NoiseLoop(seed, size);
      default ->
          throw new IllegalArgumentException(
              "unknown interpolation '"
                  + interpolation
                  + "'; use one of "
                  + String.join(", ", RenderChoices.INTERPOLATIONS));
    };
  }

  /** Whether the path is periodic whatever the loop setting (circle and noise are). */
  public static boolean alwaysLoops(String interpolation) {
    return interpolation.equals("circle") || interpolation.equals("noise");
  }

  /** Time of frame i of n: [0, 1) for a loop, [0, 1] from first to last keyframe otherwise. */
  public static double time(long frame, long frames, boolean loop) {
    if (loop) {
      return (double) frame / frames;
    }
    return frames == 1 ? 0 : (double) frame / (frames - 1);
  }
}
