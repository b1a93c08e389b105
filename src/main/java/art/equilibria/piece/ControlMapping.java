package art.equilibria.piece;

/**
 * How a live show is steered from outside: OSC messages on a loopback UDP port and MIDI from any
 * connected controller, each mapped to the player's controls. Read from a small YAML file by {@link
 * ControlMappingReader}; every field has a default, so an absent file means {@link #DEFAULTS}.
 *
 * @param oscPort UDP port on 127.0.0.1 for OSC (0: no OSC)
 * @param oscSpeed address whose one number sets the speed (frames of the loop per frame of time)
 * @param oscKeyframe address whose one whole number jumps to that keyframe (0 is the first)
 * @param midiInput part of the MIDI input's name to listen to; empty: every input
 * @param midiChannel 1 to 16, or 0 for any
 * @param midiSpeedController controller number whose value 0-127 sets the speed from 0 to {@code
 *     midiMaxSpeed}
 * @param midiMaxSpeed the speed at controller value 127
 * @param midiKeyframeNote the note that jumps to keyframe 0; the notes above it to the next ones
 */
public record ControlMapping(
    int oscPort,
    String oscSpeed,
    String oscKeyframe,
    String midiInput,
    int midiChannel,
    int midiSpeedController,
    double midiMaxSpeed,
    int midiKeyframeNote) {

  public static final ControlMapping DEFAULTS =
      new ControlMapping(9000, "/equilibria/speed", "/equilibria/keyframe", "", 0, 1, 4, 36);
}
