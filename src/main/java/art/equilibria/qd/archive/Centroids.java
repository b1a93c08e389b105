package art.equilibria.qd.archive;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Centroids of a centroidal Voronoi tessellation, as pyribs' {@code k_means_centroids}: Lloyd's
 * k-means (random initial centres, one run, as pyribs asks of scikit-learn) over points drawn
 * uniformly in the measure box, so cells have about equal volume.
 */
final class Centroids {
  /** Uniform points per centroid; pyribs' defaults give 10 (100 000 points for 10 000 cells). */
  private static final int SAMPLES_PER_CELL = 10;

  /** Fewer points make small tessellations ragged. */
  private static final int MIN_SAMPLES = 10_000;

  /**
   * scikit-learn's defaults: at most 300 iterations, or until no point changes centre or the
   * centres' total squared shift falls below this tolerance times the points' mean variance.
   */
  private static final int MAX_ITERATIONS = 300;

  private static final double TOLERANCE = 1e-4;

  private Centroids() {}

  /** {@code count} centroids in the box of {@code ranges}, the same for the same seed. */
  static double[][] kMeans(int count, List<Range> ranges, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("an archive needs at least 1 cell, got " + count);
    }
    if (ranges.isEmpty()) {
      throw new IllegalArgumentException("a tessellation needs at least one measure range");
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[][] samples = new double[Math.max(MIN_SAMPLES, SAMPLES_PER_CELL * count)][];
    for (int s = 0; s < samples.length; s++) {
      samples[s] = ranges.stream().mapToDouble(r -> random.nextDouble(r.low(), r.high())).toArray();
    }
    double[][] centres = new double[count][];
    int[] picks = random.ints(0, samples.length).distinct().limit(count).toArray();
    for (int c = 0; c < count; c++) {
      centres[c] = samples[picks[c]].clone();
    }
    int dim = ranges.size();
    double tolerance = TOLERANCE * meanVariance(samples, dim);
    int[] labels = new int[samples.length];
    Arrays.fill(labels, -1);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[][] sums = new double[count][dim];
      int[] members = new int[count];
      boolean relabelled = false;
      for (int s = 0; s < samples.length; s++) {
        int c = nearest(centres, samples[s]);
        relabelled |= c != labels[s];
        labels[s] = c;
        members[c]++;
        for (int d = 0; d < dim; d++) {
          sums[c][d] += samples[s][d];
        }
      }
      // Converged as scikit-learn judges it: no point changed centre.
      if (!relabelled) {
        break;
      }
      double shift = 0;
      for (int c = 0; c < count; c++) {
        // A centre that drew no points stays where it is.
        if (members[c] == 0) {
          continue;
        }
        for (int d = 0; d < dim; d++) {
          double moved = sums[c][d] / members[c];
          shift += (moved - centres[c][d]) * (moved - centres[c][d]);
          centres[c][d] = moved;
        }
      }
      if (shift <= tolerance) {
        break;
      }
    }
    return centres;
  }

  /** The index of the centre nearest a point (Euclidean; the first on ties), by brute force. */
  static int nearest(double[][] centres, double[] point) {
    int best = 0;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int c = 0; c < centres.length; c++) {
      double distance = 0;
      for (int d = 0; d < point.length && distance < bestDistance; d++) {
        double diff = centres[c][d] - point[d];
        distance += diff * diff;
      }
      if (distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static double meanVariance(double[][] samples, int dim) {
    double total = 0;
    for (int d = 0; d < dim; d++) {
      final int k = d;
      double mean = Arrays.stream(samples).mapToDouble(s -> s[k]).average().orElse(0);
      total += Arrays.stream(samples).mapToDouble(s -> (s[k] - mean) * (s[k] - mean)).sum();
    }
    return total / samples.length / dim;
  }
}
