package art.equilibria.play;

import static org.junit.jupiter.api.Assertions.assertEquals;

import art.equilibria.piece.ControlMapping;
import java.util.List;
import javax.sound.midi.Receiver;
import javax.sound.midi.ShortMessage;
import org.junit.jupiter.api.Test;

/** MIDI messages become controls as the mapping says; others are ignored. */
class MidiControlTest {
  private final HeardControls controls = new HeardControls();
  private final List<String> heard = controls.heard;

  @Test
  void controllersSetSpeedAndTruncationAndNotesMoveOnOrJump() throws Exception {
    ControlMapping mapping =
        new ControlMapping(
            0,
            ControlMapping.DEFAULTS.osc(),
            new ControlMapping.Midi("", 2, 7, 4, 9, 2, 36, 30, 31),
            8);
    Receiver receiver = MidiControl.receiver(mapping, controls);
    receiver.send(new ShortMessage(ShortMessage.CONTROL_CHANGE, 1, 7, 127), -1);
    receiver.send(new ShortMessage(ShortMessage.CONTROL_CHANGE, 1, 9, 127), -1);
    receiver.send(new ShortMessage(ShortMessage.NOTE_ON, 1, 38, 100), -1);
    receiver.send(new ShortMessage(ShortMessage.NOTE_ON, 1, 38, 0), -1);
    receiver.send(new ShortMessage(ShortMessage.NOTE_ON, 1, 30, 100), -1);
    receiver.send(new ShortMessage(ShortMessage.NOTE_ON, 1, 31, 100), -1);
    receiver.send(new ShortMessage(ShortMessage.CONTROL_CHANGE, 0, 7, 64), -1);
    receiver.send(new ShortMessage(ShortMessage.CONTROL_CHANGE, 1, 8, 64), -1);
    assertEquals(
        List.of("speed 4.0", "truncation 2.0", "keyframe 2", "next", "crossfade 8.0"), heard);
  }
}
