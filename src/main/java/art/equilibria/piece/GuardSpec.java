package art.equilibria.piece;

/**
 * The equilibrium guard: what counts as explosion or collapse, and what to do about it.
 *
 * @param policy what to do about a failure
 * @param gradientSpike a gradient norm above this multiple of its running median is an explosion
 * @param saturation a generator whose share of clipped channel values (shown within 8 of 0 or 255
 *     under the piece's display) exceeds this has exploded into the corners of the colour cube
 * @param minDiversity a generator whose batch holds fewer different pictures than this (its Vendi
 *     score, 1 when every picture is the same) has collapsed
 * @param stasis mean change (0 to 255) of a generator's snapshot grid below this is stasis
 * @param rollbacks rollbacks allowed before the run stops
 * @param lrFactor a rollback multiplies the learning rate by this (1: unchanged)
 */
public record GuardSpec(
    GuardPolicy policy,
    double gradientSpike,
    double saturation,
    double minDiversity,
    double stasis,
    int rollbacks,
    double lrFactor) {

  /** The defaults: report everything, act on nothing. */
  public static GuardSpec defaults() {
    return new GuardSpec(GuardPolicy.CONTINUE, 20, 0.8, 1.05, 0.05, 3, 0.5);
  }
}
