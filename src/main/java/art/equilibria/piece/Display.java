package art.equilibria.piece;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a generator's values become pixels, everywhere a picture is made: snapshots, stills, contact
 * sheets, time-lapses, the watch page and videos.
 */
public enum Display {
  /** The artwork's: values clamped to [-1, 1], then -1 is black and 1 is white. */
  CLAMP,
  /**
   * A tone mapping from fixed statistics of the generator's own output: the range between the 0.5th
   * and 99.5th percentiles of all channel values of a few hundred samples (for a snapshot, of its
   * own images) is stretched over 0..255, the same for all three channels so hues keep their
   * balance. Measured once per render, so frames never flicker.
   */
  STRETCH,
  /**
   * The same stretch for each colour channel on its own (like "auto levels"): every channel uses
   * the whole range, so colours grow stronger and their balance shifts.
   */
  STRETCH_CHANNELS;

  /** The name a piece writes. */
  @JsonValue
  public String key() {
    return Keys.of(this);
  }
}
