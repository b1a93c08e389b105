package art.equilibria.play;

/** What a show can be steered by, from OSC or MIDI (on their own threads). */
public interface Controls {
  /** Frames of the loop per frame of time from now on: 1 as rendered, 0 paused. */
  void speed(double speed);

  /** Jumps ahead to keyframe {@code k} of the loop (0 the first), taken modulo their number. */
  void keyframe(int k);
}
