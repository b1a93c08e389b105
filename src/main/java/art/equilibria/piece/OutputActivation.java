package art.equilibria.piece;

import com.fasterxml.jackson.annotation.JsonValue;

/** What bounds a generator's RGB output. */
public enum OutputActivation {
  /**
   * Linear, as in StyleGAN, kept at about unit size: the output is divided by a scale that grows
   * whenever a training batch's root mean square exceeds 1. The colour-variance competition can no
   * longer blow values up (it grows the scale instead), so the discriminator and the losses see
   * values of a sane size, a clamped display shows mid-tones, and a stretched display shows exactly
   * what an unbounded output would.
   */
  BOUNDED,
  /**
   * Unbounded, as in StyleGAN: the colour-variance competition grows values without limit (by 10^11
   * in 200 steps at the artwork's learning rate), so pictures need a stretched display.
   */
  LINEAR,
  /** Squashed into (-1, 1): variance competitions cannot run away, but pile up in the corners. */
  TANH,
  /**
   * Each picture scaled so its smallest value is -1 and its largest 1: bounded like tanh, but
   * scaling rather than squashing, so variance is won by how pictures differ, not by their size,
   * and most values stay mid-tone.
   */
  NORMALISED;

  /** The name a piece writes. */
  @JsonValue
  public String key() {
    return Keys.of(this);
  }
}
