package art.equilibria.piece;

/** What bounds a generator's RGB output. */
public enum OutputActivation {
  /** Unbounded, as in StyleGAN; images are clamped to [-1, 1] only for display. */
  LINEAR,
  /** Squashed into (-1, 1): variance competitions cannot run away, but can saturate. */
  TANH
}
