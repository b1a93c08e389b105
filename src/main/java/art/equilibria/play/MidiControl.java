package art.equilibria.play;

import art.equilibria.piece.ControlMapping;
import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.MidiDevice;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.Sequencer;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Synthesizer;

/**
 * MIDI from the connected controllers (the JDK's {@code javax.sound.midi}): a controller sets the
 * speed, notes jump to keyframes.
 */
public final class MidiControl implements AutoCloseable {
  private final List<MidiDevice> opened = new ArrayList<>();

  /** Listens on every MIDI input whose name holds the mapping's input (all, when it is empty). */
  public MidiControl(ControlMapping mapping, Controls controls) {
    for (MidiDevice.Info info : MidiSystem.getMidiDeviceInfo()) {
      try {
        MidiDevice device = MidiSystem.getMidiDevice(info);
        // The JDK's own sequencer and synthesiser are not controllers.
        if (device instanceof Sequencer
            || device instanceof Synthesizer
            || device.getMaxTransmitters() == 0
            || !info.getName().contains(mapping.midiInput())) {
          continue;
        }
        device.open();
        device.getTransmitter().setReceiver(receiver(mapping, controls));
        opened.add(device);
        Player.LOG.info("MIDI input: " + info.getName());
      } catch (MidiUnavailableException e) {
        Player.LOG.warning("MIDI input " + info.getName() + " is unavailable: " + e.getMessage());
      }
    }
  }

  /** Inputs listened to. */
  public int inputs() {
    return opened.size();
  }

  /** Turns the mapped messages into controls. */
  static Receiver receiver(ControlMapping mapping, Controls controls) {
    return new Receiver() {
      @Override
      public void send(MidiMessage message, long timeStamp) {
        if (!(message instanceof ShortMessage m)
            || mapping.midiChannel() != 0 && m.getChannel() + 1 != mapping.midiChannel()) {
          return;
        }
        if (m.getCommand() == ShortMessage.CONTROL_CHANGE
            && m.getData1() == mapping.midiSpeedController()) {
          controls.speed(m.getData2() / 127.0 * mapping.midiMaxSpeed());
        } else if (m.getCommand() == ShortMessage.NOTE_ON
            && m.getData2() > 0
            && m.getData1() >= mapping.midiKeyframeNote()) {
          controls.keyframe(m.getData1() - mapping.midiKeyframeNote());
        }
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public void close() {
    opened.forEach(MidiDevice::close);
  }
}
