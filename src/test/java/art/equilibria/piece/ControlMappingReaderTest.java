package art.equilibria.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A control mapping is read like a piece: defaults for what is left out, mistakes pointed at. */
class ControlMappingReaderTest {
  @Test
  void whatIsLeftOutKeepsItsDefault() throws Exception {
    ControlMapping m = ControlMappingReader.read("midi:\n  speed-controller: 74\n", "c.yaml");
    assertEquals(74, m.midiSpeedController());
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
  void anOscAddressMustLookLikeOne() {
    PieceException e =
        assertThrows(
            PieceException.class,
            () -> ControlMappingReader.read("osc:\n  speed: speed\n", "controls.yaml"));
    assertEquals("osc.speed", e.field());
  }
}
