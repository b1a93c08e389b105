package art.equilibria.play;

import static org.junit.jupiter.api.Assertions.assertEquals;

import art.equilibria.piece.ControlMapping;
import com.illposed.osc.OSCMessage;
import com.illposed.osc.transport.OSCPortOut;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An OSC message on the loopback port steers the show. */
class OscControlTest {
  @Test
  void anOscMessageOnLoopbackChangesTheSpeed() throws Exception {
    Player player =
        new Player(
            FakeShow.ladder(new FakeShow.Source(-1)),
            new FakeShow.RecordingScreen(),
            new Pacer(30, System::nanoTime),
            System::nanoTime,
            Clock.systemUTC(),
            new Player.Options(OpeningHours.ALWAYS, 60_000, Long.MAX_VALUE, 1, 0, 4),
            after -> null);
    int port;
    try (DatagramSocket free = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    ControlMapping mapping =
        new ControlMapping(port, "/show/speed", "/show/keyframe", "", 0, 1, 4, 36);
    OSCPortOut out = new OSCPortOut(InetAddress.getLoopbackAddress(), port);
    try (OscControl osc = new OscControl(mapping, player)) {
      out.send(new OSCMessage("/show/speed", List.of(2.5f)));
      PlayerTest.awaitUntil(() -> player.status().speed() == 2.5);
    } finally {
      out.close();
    }
    assertEquals(2.5, player.status().speed());
  }
}
