package art.equilibria.render.path;

/**
 * A path through latent space, sampled at a time t. A looping path is periodic: {@code at(0)} and
 * {@code at(1)} are the same point, so sampling t in [0, 1) makes the step from the last frame back
 * to the first an ordinary step.
 */
public interface LatentPath {
  /** The latent at time t in [0, 1]. */
  float[] at(double t);
}
