package art.equilibria.sweep;

import art.equilibria.piece.Keys;

/** How a run failed the search for an equilibrium, as the contact sheet marks it. */
public enum Failure {
  /** A loss or gradient became NaN or infinite, or the training failed. */
  EXPLODED,
  /** The last snapshot's grid holds (almost) one picture: Vendi below {@link #COLLAPSED_BELOW}. */
  COLLAPSED,
  /** A snapshot stopped changing (the guard's stasis). */
  STATIC,
  /** Over half the values shown clipped over the last quarter of the steps. */
  SATURATED;

  /** The grid's Vendi score under which it counts as one picture. */
  static final double COLLAPSED_BELOW = 1.5;

  /** The late share of clipped values above which a run is saturated. */
  static final double SATURATED_ABOVE = 0.5;

  public String key() {
    return Keys.of(this);
  }
}
