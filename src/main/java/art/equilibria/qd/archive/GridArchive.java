package art.equilibria.qd.archive;

import java.util.List;

/**
 * An archive whose cells are a regular grid over the measure ranges (Mouret and Clune 2015), as
 * pyribs' {@code GridArchive}. Cells are numbered row-major, the last measure varying fastest;
 * points outside the ranges fall in the edge cells.
 */
public final class GridArchive extends CellArchive {
  /** Added before flooring, as pyribs does, so a value on a boundary is not floored below it. */
  private static final double EPSILON = 1e-6;

  private final int[] dims;
  private final List<Range> ranges;

  /**
   * @param solutionDim length of every solution
   * @param dims cells along each measure
   * @param ranges the span of each measure
   * @param thresholds {@link Thresholds#ELITIST} for MAP-Elites, an annealing rate for CMA-MAE
   * @param qdScoreOffset subtracted from every elite's objective in the QD score
   */
  public GridArchive(
      int solutionDim,
      int[] dims,
      List<Range> ranges,
      Thresholds thresholds,
      double qdScoreOffset) {
    super(solutionDim, ranges.size(), cellCount(dims, ranges), thresholds, qdScoreOffset);
    this.dims = dims.clone();
    this.ranges = List.copyOf(ranges);
  }

  private static int cellCount(int[] dims, List<Range> ranges) {
    if (dims.length == 0 || dims.length != ranges.size()) {
      throw new IllegalArgumentException(
          "a grid needs one cell count per measure range, got "
              + dims.length
              + " cell counts and "
              + ranges.size()
              + " ranges");
    }
    long cells = 1;
    for (int d : dims) {
      if (d < 1) {
        throw new IllegalArgumentException("cells per measure must be at least 1, got " + d);
      }
      cells *= d;
      if (cells > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("too many grid cells: over " + Integer.MAX_VALUE);
      }
    }
    return (int) cells;
  }

  @Override
  public int indexOf(double[] point) {
    checkMeasures(point);
    int index = 0;
    for (int d = 0; d < dims.length; d++) {
      Range range = ranges.get(d);
      // Truncated towards zero like numpy's cast, then clipped into the grid.
      int g = (int) ((dims[d] * (point[d] - range.low()) + EPSILON) / range.width());
      index = index * dims[d] + Math.max(0, Math.min(dims[d] - 1, g));
    }
    return index;
  }
}
