package art.equilibria.piece;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a generator turns styles into feature maps. */
public enum Synthesis {
  /**
   * StyleGAN v1 (Karras et al. 2019), the artwork's own: per layer noise, bias, leaky ReLU, then
   * AdaIN (instance normalisation, then a per-channel scale and bias from the style); blur after
   * every upsampling; a plain linear 1x1 toRGB.
   */
  STYLEGAN1,
  /** StyleGAN2: modulated convolutions with weight demodulation and a modulated toRGB. */
  STYLEGAN2;

  /** The name a piece writes. */
  @JsonValue
  public String key() {
    return Keys.of(this);
  }
}
