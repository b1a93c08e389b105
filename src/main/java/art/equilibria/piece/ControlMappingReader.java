package art.equilibria.piece;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a control mapping file (see {@link ControlMapping}); a mistake is a {@link PieceException}
 * naming the file, line and field, as a piece's is.
 *
 * <pre>
 * osc:
 *   port: 9000
 *   speed: /equilibria/speed            # and truncation, keyframe, next, crossfade: every Control
 * midi:
 *   input: nanoKONTROL      # part of the input's name; leave out for every input
 *   channel: 0              # 1-16, 0 for any
 *   speed-controller: 1     # its 0-127 sets speed 0 to max-speed
 *   max-speed: 4
 *   truncation-controller: 2  # its 0-127 sets psi 0 to max-truncation
 *   max-truncation: 1
 *   keyframe-note: 36       # 36 jumps to keyframe 0, 37 to keyframe 1, ...
 *   next-note: 34
 *   crossfade-note: 35
 * crossfade: 5              # seconds, when a crossfade message gives none
 * </pre>
 */
public final class ControlMappingReader {
  /** The longest crossfade the mapping may ask for, in seconds. */
  public static final double MAX_CROSSFADE = 600;

  private static final YamlDocument.Kind KIND =
      new YamlDocument.Kind(
          "a control mapping", "osc: or midi: fields", "osc: {port: 9000}, midi: ...");
  private static final List<String> FIELDS = List.of("osc", "midi", "crossfade");
  private static final List<String> MIDI =
      List.of(
          "input",
          "channel",
          "speed-controller",
          "max-speed",
          "truncation-controller",
          "max-truncation",
          "keyframe-note",
          "next-note",
          "crossfade-note");

  private ControlMappingReader() {}

  /** The fields of the osc block: the port, then one address per control. */
  private static List<String> oscFields() {
    List<String> fields = new ArrayList<>(List.of("port"));
    Arrays.stream(Control.values()).map(Control::key).forEach(fields::add);
    return fields;
  }

  /**
   * @param text the file's content
   * @param file the file's name as the artist gave it, for messages
   */
  public static ControlMapping read(String text, String file) throws PieceException {
    ControlMapping d = ControlMapping.DEFAULTS;
    if (text.isBlank()) {
      return d;
    }
    YamlFields top =
        YamlFields.of(YamlDocument.root(text, file, KIND), "a control mapping", FIELDS);
    YamlFields osc = YamlFields.of(block(top, "osc"), "osc", oscFields());
    return new ControlMapping(
        osc.integer("port", d.oscPort(), 0, 65535, " (0 turns OSC off)"),
        addresses(osc, d),
        midi(YamlFields.of(block(top, "midi"), "midi", MIDI), d.midi()),
        top.number("crossfade", d.crossfadeSeconds(), 0, MAX_CROSSFADE));
  }

  private static ControlMapping.Midi midi(YamlFields midi, ControlMapping.Midi d)
      throws PieceException {
    ControlMapping.Midi m =
        new ControlMapping.Midi(
            midi.get("input").isPresent() ? midi.get("input").get().text() : d.input(),
            midi.integer("channel", d.channel(), 0, 16, " (0 listens on every channel)"),
            midi.integer("speed-controller", d.speedController(), 0, 127),
            midi.positive("max-speed", d.maxSpeed()),
            midi.integer("truncation-controller", d.truncationController(), 0, 127),
            midi.number("max-truncation", d.maxTruncation(), 0, RenderSpec.MAX_TRUNCATION),
            midi.integer("keyframe-note", d.keyframeNote(), 0, 127),
            midi.integer("next-note", d.nextNote(), 0, 127),
            midi.integer("crossfade-note", d.crossfadeNote(), 0, 127));
    if (m.truncationController() == m.speedController()) {
      throw sameAs(midi, "truncation-controller", "speed-controller", m.speedController());
    }
    if (m.crossfadeNote() == m.nextNote()) {
      throw sameAs(midi, "crossfade-note", "next-note", m.nextNote());
    }
    return m;
  }

  /** Two controls given one controller or note: reported at whichever of the two the file sets. */
  private static PieceException sameAs(YamlFields midi, String field, String other, int value) {
    YamlValue at = midi.get(field).or(() -> midi.get(other)).orElseThrow();
    return at.error(
        value + " is both " + field + " and " + other + "; give each control its own number");
  }

  private static YamlValue block(YamlFields top, String name) {
    Optional<YamlValue> value = top.get(name);
    return value.orElseGet(() -> new YamlValue(top.block().file(), name, top.block().line(), null));
  }

  /** Each control's OSC address: its default unless given; two controls never share one. */
  private static Map<Control, String> addresses(YamlFields osc, ControlMapping d)
      throws PieceException {
    Map<Control, String> addresses = new EnumMap<>(Control.class);
    for (Control c : Control.values()) {
      String address = address(osc, c.key(), d.address(c));
      for (Map.Entry<Control, String> earlier : addresses.entrySet()) {
        if (earlier.getValue().equals(address)) {
          YamlValue at = osc.get(c.key()).or(() -> osc.get(earlier.getKey().key())).orElseThrow();
          throw at.error(
              address
                  + " is the address of both "
                  + earlier.getKey().key()
                  + " and "
                  + c.key()
                  + "; give each control its own");
        }
      }
      addresses.put(c, address);
    }
    return addresses;
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
