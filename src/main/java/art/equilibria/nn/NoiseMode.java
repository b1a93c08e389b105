package art.equilibria.nn;

/** Where the generators' per-pixel noise comes from. */
public enum NoiseMode {
  /** Fresh noise at every call (training). */
  RANDOM,
  /** A fixed noise image per layer, saved with the network (snapshots, video). */
  CONSTANT
}
