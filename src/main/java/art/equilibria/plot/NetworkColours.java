package art.equilibria.plot;

import java.awt.Color;
import java.util.List;

/**
 * One colour per network, by the order the networks appear in the metrics; the page's charts use
 * the same palette (watch.js), so a network looks the same in the PNGs and on the page.
 */
public final class NetworkColours {
  private static final List<Color> PALETTE =
      List.of(
          new Color(0xc678dd),
          new Color(0xe8a33d),
          new Color(0x4fb0c6),
          new Color(0x98c379),
          new Color(0xe06c75),
          new Color(0x61afef));

  private NetworkColours() {}

  public static Color of(int networkIndex) {
    return PALETTE.get(networkIndex % PALETTE.size());
  }
}
