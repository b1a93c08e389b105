package art.equilibria.piece;

/**
 * Feature maps per resolution: {@code min(base / resolution, max)}, at least 1. The same rule
 * serves a narrow CPU sketch and a 512 px work.
 */
public record Channels(int base, int max) {
  public int at(int resolution) {
    return Math.max(1, Math.min(base / resolution, max));
  }
}
