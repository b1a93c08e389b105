package art.equilibria.piece;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a generator's per-pixel noise varies while it trains (snapshots and videos always hold the
 * noise fixed, so only the latent moves).
 */
public enum Noise {
  /**
   * A fresh noise image per layer at every step, shared by the whole batch: noise still stirs the
   * texture, but cannot make the pictures of a batch differ, so the colour-variance competition is
   * won through the latents, not by amplifying noise.
   */
  BATCH,
  /** A fresh noise image per picture, as in StyleGAN. */
  IMAGE,
  /** No noise inputs. */
  OFF;

  /** The name a piece writes. */
  @JsonValue
  public String key() {
    return Keys.of(this);
  }
}
