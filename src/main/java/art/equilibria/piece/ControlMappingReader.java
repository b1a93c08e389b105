package art.equilibria.piece;

import java.util.List;
import java.util.Optional;

/**
 * Reads a control mapping file (see {@link ControlMapping}); a mistake is a {@link PieceException}
 * naming the file, line and field, as a piece's is.
 *
 * <pre>
 * osc:
 *   port: 9000
 *   speed: /equilibria/speed
 *   keyframe: /equilibria/keyframe
 * midi:
 *   input: nanoKONTROL      # part of the input's name; leave out for every input
 *   channel: 0              # 1-16, 0 for any
 *   speed-controller: 1     # its 0-127 sets speed 0 to max-speed
 *   max-speed: 4
 *   keyframe-note: 36       # 36 jumps to keyframe 0, 37 to keyframe 1, ...
 * </pre>
 */
public final class ControlMappingReader {
  private static final List<String> BLOCKS = List.of("osc", "midi");
  private static final List<String> OSC = List.of("port", "speed", "keyframe");
  private static final List<String> MIDI =
      List.of("input", "channel", "speed-controller", "max-speed", "keyframe-note");

  private ControlMappingReader() {}

  /**
   * @param text the file's content
   * @param file the file's name as the artist gave it, for messages
   */
  public static ControlMapping read(String text, String file) throws PieceException {
    ControlMapping d = ControlMapping.DEFAULTS;
    if (text.isBlank()) {
      return d;
    }
    YamlFields top = YamlFields.of(YamlDocument.root(text, file), "a control mapping", BLOCKS);
    YamlFields osc = YamlFields.of(block(top, "osc"), "osc", OSC);
    YamlFields midi = YamlFields.of(block(top, "midi"), "midi", MIDI);
    return new ControlMapping(
        osc.integer("port", d.oscPort(), 0, 65535, " (0 turns OSC off)"),
        address(osc, "speed", d.oscSpeed()),
        address(osc, "keyframe", d.oscKeyframe()),
        midi.get("input").isPresent() ? midi.get("input").get().text() : d.midiInput(),
        midi.integer("channel", d.midiChannel(), 0, 16, " (0 listens on every channel)"),
        midi.integer("speed-controller", d.midiSpeedController(), 0, 127),
        midi.positive("max-speed", d.midiMaxSpeed()),
        midi.integer("keyframe-note", d.midiKeyframeNote(), 0, 127));
  }

  private static YamlValue block(YamlFields top, String name) {
    Optional<YamlValue> value = top.get(name);
    return value.orElseGet(() -> new YamlValue(top.block().file(), name, top.block().line(), null));
  }

  /** An OSC address: starts with a slash, no spaces. */
  private static String address(YamlFields fields, String name, String fallback)
      throws PieceException {
    Optional<YamlValue> value = fields.get(name);
    if (value.isEmpty()) {
      return fallback;
    }
    String text = value.get().text();
    if (!text.startsWith("/") || text.contains(" ") || text.contains("#")) {
      throw value
          .get()
          .error("'" + text + "' is not an OSC address; write one like /equilibria/" + name);
    }
    return text;
  }
}
