package art.equilibria.sampling;

import java.io.Serializable;
import java.util.List;

/**
 * Keyframes given as latents rather than seeds (elites of a search, in the order a render visits
 * them), with where they came from. A render's record keeps them, so its video can be made again;
 * the segments of a video rendered elsewhere are given them.
 *
 * @param source where the latents came from, e.g. {@code search:colour (tour of 8 elites)}
 * @param latents z latents, one per keyframe
 */
public record Keyframes(String source, List<float[]> latents) implements Serializable {
  public Keyframes {
    latents = List.copyOf(latents);
    if (latents.size() < 2) {
      throw new IllegalArgumentException("a path needs two keyframes, got " + latents.size());
    }
  }
}
