package art.equilibria.play;

import art.equilibria.piece.Control;
import art.equilibria.piece.ControlMapping;
import com.illposed.osc.OSCMessageEvent;
import com.illposed.osc.messageselector.OSCPatternAddressMessageSelector;
import com.illposed.osc.transport.OSCPortIn;
import com.illposed.osc.transport.OSCPortInBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * OSC over UDP on 127.0.0.1 (javaosc): each control at its mapped address, with one number or none
 * as the control takes. Only this machine can steer the show; a controller elsewhere reaches it
 * through a bridge the installer chooses.
 */
public final class OscControl implements AutoCloseable {
  private final OSCPortIn port;

  public OscControl(ControlMapping mapping, Controls controls) throws IOException {
    port =
        new OSCPortInBuilder()
            .setLocalSocketAddress(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), mapping.oscPort()))
            .build();
    // The builder's own addMessageListener needs packet listeners set first (javaosc 0.8).
    for (Control control : Control.values()) {
      port.getDispatcher()
          .addListener(
              new OSCPatternAddressMessageSelector(mapping.address(control)),
              e -> act(control, e, mapping, controls));
    }
    port.setResilient(true);
    port.startListening();
  }

  /** Carries out a message; one that carries the wrong arguments is logged and ignored. */
  private static void act(
      Control control, OSCMessageEvent event, ControlMapping mapping, Controls controls) {
    List<Object> arguments = event.getMessage().getArguments();
    // OSC's numbers are mostly 32-bit floats: 0.3f is taken as 0.3, as the sender wrote it.
    Double n =
        arguments.size() != 1
            ? null
            : arguments.get(0) instanceof Float f
                ? Double.valueOf(f.toString())
                : arguments.get(0) instanceof Number v ? Double.valueOf(v.doubleValue()) : null;
    boolean none = arguments.isEmpty();
    switch (control) {
      case SPEED -> {
        if (n != null) {
          controls.speed(Math.max(0, n));
          return;
        }
      }
      case TRUNCATION -> {
        if (n != null) {
          controls.truncation(n);
          return;
        }
      }
      case KEYFRAME -> {
        if (n != null) {
          controls.keyframe(n.intValue());
          return;
        }
      }
      case NEXT -> {
        controls.next();
        return;
      }
      case CROSSFADE -> {
        if (n != null || none) {
          controls.crossfade(n != null ? n : mapping.crossfadeSeconds());
          return;
        }
      }
    }
    Player.LOG.warning(
        "OSC "
            + event.getMessage().getAddress()
            + " wants "
            + control.argument()
            + ", got "
            + arguments);
  }

  @Override
  public void close() throws IOException {
    port.stopListening();
    port.close();
  }
}
