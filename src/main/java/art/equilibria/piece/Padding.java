package art.equilibria.piece;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a generator's 3x3 convolutions and blurs see beyond the edge of the picture. */
public enum Padding {
  /**
   * Zeros, as in StyleGAN: the edge is a place of its own, which gives the artwork's thin frame at
   * the border, and where a colour-variance competition can hide its variance in a strip.
   */
  ZERO,
  /** The picture mirrored at its edge: no frame, and no edge for the networks to single out. */
  REFLECT;

  /** The name a piece writes. */
  @JsonValue
  public String key() {
    return Keys.of(this);
  }
}
