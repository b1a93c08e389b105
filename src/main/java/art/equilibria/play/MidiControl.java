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
 * MIDI from the connected controllers (the JDK's {@code javax.sound.midi}): controllers set the
 * speed and the truncation, notes move on to the next entry, crossfade to it, or jump to keyframes.
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
            || !info.getName().contains(mapping.midi().input())) {
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
            || mapping.midi().channel() != 0 && m.getChannel() + 1 != mapping.midi().channel()) {
          return;
        }
        ControlMapping.Midi midi = mapping.midi();
        int number = m.getData1();
        double value = m.getData2() / 127.0;
        if (m.getCommand() == ShortMessage.CONTROL_CHANGE) {
          if (number == midi.speedController()) {
            controls.speed(value * midi.maxSpeed());
          } else if (number == midi.truncationController()) {
            controls.truncation(value * midi.maxTruncation());
          }
        } else if (m.getCommand() == ShortMessage.NOTE_ON && m.getData2() > 0) {
          if (number == midi.nextNote()) {
            controls.next();
          } else if (number == midi.crossfadeNote()) {
            controls.crossfade(mapping.crossfadeSeconds());
          } else if (number >= midi.keyframeNote()) {
            controls.keyframe(number - midi.keyframeNote());
          }
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
