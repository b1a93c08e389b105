package art.equilibria.qd.archive;

import java.util.List;

/**
 * An archive whose cells are a centroidal Voronoi tessellation of the measure box (Vassiliades et
 * al. 2018), as pyribs' {@code CVTArchive}: centroids by k-means over uniform points of the box
 * from a seed, and a point's cell is its nearest centroid. The lookup is brute force, fine up to a
 * few thousand cells.
 */
public final class CvtArchive extends CellArchive {
  private final double[][] centroids;

  /**
   * @param solutionDim length of every solution
   * @param cells number of centroids
   * @param ranges the measure box the centroids are spread over
   * @param seed seed of the uniform points and of k-means' starting centres
   * @param thresholds {@link Thresholds#ELITIST} for MAP-Elites, an annealing rate for CMA-MAE
   * @param qdScoreOffset subtracted from every elite's objective in the QD score
   */
  public CvtArchive(
      int solutionDim,
      int cells,
      List<Range> ranges,
      long seed,
      Thresholds thresholds,
      double qdScoreOffset) {
    super(solutionDim, ranges.size(), cells, thresholds, qdScoreOffset);
    this.centroids = Centroids.kMeans(cells, ranges, seed);
  }

  /** A copy of the centroids, one row per cell. */
  public double[][] centroids() {
    double[][] copy = new double[centroids.length][];
    for (int c = 0; c < centroids.length; c++) {
      copy[c] = centroids[c].clone();
    }
    return copy;
  }

  @Override
  public int indexOf(double[] point) {
    checkMeasures(point);
    return Centroids.nearest(centroids, point);
  }
}
