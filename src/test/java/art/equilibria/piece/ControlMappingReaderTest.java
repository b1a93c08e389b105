package art.equilibria.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A control mapping is read like a piece: defaults for what is left out, mistakes pointed at. */
class ControlMappingReaderTest {
  @Test
  void whatIsLeftOutKeepsItsDefault() throws Exception {
    ControlMapping m =
        ControlMappingReader.read(
            "osc:\n  truncation: /show/psi\nmidi:\n  speed-controller: 74\ncrossfade: 12\n",
            "c.yaml");
    assertEquals(74, m.midi().speedController());
    assertEquals("/show/psi", m.address(Control.TRUNCATION));
    assertEquals("/equilibria/crossfade", m.address(Control.CROSSFADE));
    assertEquals(12, m.crossfadeSeconds());
    assertEquals(ControlMapping.DEFAULTS.oscPort(), m.oscPort());
    assertEquals(ControlMapping.DEFAULTS, ControlMappingReader.read("", "c.yaml"));
  }

  @Test
  void aMistakeNamesFileLineAndField() {
    PieceException e =
        assertThrows(
            PieceException.class,
            () ->
                ControlMappingReader.read(
                    "osc:\n  port: 9000\nmidi:\n  channel: 17\n", "controls.yaml"));
    assertEquals("controls.yaml", e.file());
    assertEquals(4, e.line());
    assertEquals("midi.channel", e.field());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void anOscAddressMustLookLikeOneAndBeOnlyOneControls() {
    PieceException e =
        assertThrows(
            PieceException.class,
            () -> ControlMappingReader.read("osc:\n  speed: speed\n", "controls.yaml"));
    assertEquals("osc.speed", e.field());
    e =
        assertThrows(
            PieceException.class,
            () ->
                ControlMappingReader.read(
                    "osc:\n  next: /go\n  crossfade: /go\n", "controls.yaml"));
    assertEquals("osc.crossfade", e.field());
    assertEquals(
        "controls.yaml:3: osc.crossfade: /go is the address of both next and crossfade; give each"
            + " control its own",
        e.getMessage());
  }

  @Test
  void theReadmeShowsTheDefaultsAndATableRowForEveryControl() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int mention = readme.indexOf("these are the defaults:");
    int start = readme.indexOf("```yaml\n", mention) + "```yaml\n".length();
    String defaults = readme.substring(start, readme.indexOf("```", start)).stripIndent();
    assertEquals(ControlMapping.DEFAULTS, ControlMappingReader.read(defaults, "README.md"));
    for (Control c : Control.values()) {
      assertTrue(
          readme.contains("| " + c.key() + " | `" + c.oscDefault()),
          "the README's table of controls lacks " + c.key());
    }
  }

  @Test
  void theMaximumTruncationStaysInItsRange() {
    PieceException e =
        assertThrows(
            PieceException.class,
            () -> ControlMappingReader.read("midi:\n  max-truncation: 3\n", "controls.yaml"));
    assertEquals(
        "controls.yaml:2: midi.max-truncation: 3 is out of range; use 0 to 2", e.getMessage());
  }
}
