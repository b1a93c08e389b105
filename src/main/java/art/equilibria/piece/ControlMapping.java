package art.equilibria.piece;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a live show is steered from outside: OSC messages on a loopback UDP port and MIDI from any
 * connected controller, each mapped to one of the player's {@link Control}s. Read from a small YAML
 * file by {@link ControlMappingReader}; every field has a default, so an absent file means {@link
 * #DEFAULTS}.
 *
 * @param oscPort UDP port on 127.0.0.1 for OSC (0: no OSC)
 * @param osc each control's OSC address
 * @param midi the MIDI messages mapped
 * @param crossfadeSeconds how long a crossfade takes when its message does not say
 */
public record ControlMapping(
    int oscPort, Map<Control, String> osc, Midi midi, double crossfadeSeconds) {

  /**
   * MIDI messages mapped to controls.
   *
   * @param input part of the MIDI input's name to listen to; empty: every input
   * @param channel 1 to 16, or 0 for any
   * @param speedController controller number whose value 0-127 sets the speed from 0 to {@code
   *     maxSpeed}
   * @param maxSpeed the speed at controller value 127
   * @param truncationController controller number whose value 0-127 sets the truncation psi from 0
   *     to {@code maxTruncation}
   * @param maxTruncation the psi at controller value 127
   * @param keyframeNote the note that jumps to keyframe 0; the notes above it to the next ones
   * @param nextNote the note that moves on to the next entry
   * @param crossfadeNote the note that crossfades to the next entry
   */
  public record Midi(
      String input,
      int channel,
      int speedController,
      double maxSpeed,
      int truncationController,
      double maxTruncation,
      int keyframeNote,
      int nextNote,
      int crossfadeNote) {

    public static final Midi DEFAULTS = new Midi("", 0, 1, 4, 2, 1, 36, 34, 35);
  }

  public ControlMapping {
    osc = Map.copyOf(osc);
  }

  public static final ControlMapping DEFAULTS =
      new ControlMapping(
          9000,
          Arrays.stream(Control.values())
              .collect(Collectors.toMap(Function.identity(), Control::oscDefault)),
          Midi.DEFAULTS,
          5);

  /** The OSC address of a control. */
  public String address(Control control) {
    return osc.get(control);
  }
}
