package art.equilibria.play;

/**
 * What a show can be steered by, from OSC or MIDI (on their own threads): one method per {@link
 * art.equilibria.piece.Control}.
 */
public interface Controls {
  /** Frames of the loop per frame of time from now on: 1 as rendered, 0 paused. */
  void speed(double speed);

  /**
   * Truncation psi of the generated frames from the next one on (clamped to the documented range).
   */
  void truncation(double psi);

  /** Jumps ahead to keyframe {@code k} of the loop (0 the first), taken modulo their number. */
  void keyframe(int k);

  /** On to the next entry, with its own crossfade (or a cut). */
  void next();

  /** On to the next entry, fading over that many seconds (0: a cut). */
  void crossfade(double seconds);
}
