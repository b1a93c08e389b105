package art.equilibria.play;

import art.equilibria.piece.ControlMapping;
import com.illposed.osc.OSCMessageEvent;
import com.illposed.osc.messageselector.OSCPatternAddressMessageSelector;
import com.illposed.osc.transport.OSCPortIn;
import com.illposed.osc.transport.OSCPortInBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.Consumer;

/**
 * OSC over UDP on 127.0.0.1 (javaosc): each mapped address takes one number. Only this machine can
 * steer the show; a controller elsewhere reaches it through a bridge the installer chooses.
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
    port.getDispatcher()
        .addListener(
            new OSCPatternAddressMessageSelector(mapping.oscSpeed()),
            e -> number(e, v -> controls.speed(Math.max(0, v.doubleValue()))));
    port.getDispatcher()
        .addListener(
            new OSCPatternAddressMessageSelector(mapping.oscKeyframe()),
            e -> number(e, v -> controls.keyframe(v.intValue())));
    port.setResilient(true);
    port.startListening();
  }

  /** Hands on the message's one number; anything else is logged and ignored. */
  private static void number(OSCMessageEvent event, Consumer<Number> use) {
    List<Object> arguments = event.getMessage().getArguments();
    if (arguments.size() == 1 && arguments.get(0) instanceof Number n) {
      use.accept(n);
    } else {
      Player.LOG.warning(
          "OSC " + event.getMessage().getAddress() + " wants one number, got " + arguments);
    }
  }

  @Override
  public void close() throws IOException {
    port.stopListening();
    port.close();
  }
}
