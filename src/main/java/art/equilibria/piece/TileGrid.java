package art.equilibria.piece;

/**
 * Tiles in a grid with gaps between them, as a frame shows them. The gap is in the frame's own
 * pixels, so fitting the grid to an output size scales the tiles only: the composition looks the
 * same whatever size the networks trained at.
 *
 * @param tile the tiles' natural size in pixels
 * @param gap output pixels between neighbouring tiles
 */
public record TileGrid(int columns, int rows, int tile, int gap) {

  public long naturalWidth() {
    return (long) columns * tile + (long) (columns - 1) * gap;
  }

  public long naturalHeight() {
    return (long) rows * tile + (long) (rows - 1) * gap;
  }

  /**
   * How much the tiles are scaled so the grid fits {@code width} x {@code height}, gaps kept:
   * negative or zero when the gaps alone fill the frame.
   */
  public double scaleToFit(int width, int height) {
    double across = (width - (double) (columns - 1) * gap) / ((double) columns * tile);
    double down = (height - (double) (rows - 1) * gap) / ((double) rows * tile);
    return Math.min(across, down);
  }
}
