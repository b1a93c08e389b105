package art.equilibria.measure;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import java.util.BitSet;

/**
 * How far apart the members of a set are, all of them: pure diversity (Wang, Jin and Yao 2017, as
 * Hagg et al. 2021 use it). {@code PD(X) = max over s of PD(X - s) + d(s, X - s)}, d the smallest
 * dissimilarity from s to the rest. It is computed greedily, as the standard implementation
 * (PlatEMO's) does: again and again, of the points not yet linked from, the one whose nearest point
 * is farthest is linked to it and its distance added; a link that would close a cycle is struck out
 * and the choice made again, so n points get n - 1 links, a tree, and n copies of one point score
 * 0. (The greedy is not always the recursion's maximum: 0, 1 and 3 on a line score 3, where taking
 * the middle point out first would give 4.)
 *
 * <p>The dissimilarity is the Minkowski "norm" with p = {@value #P}, as in that implementation, but
 * divided by k^(1/p) for k features: the power mean {@code (mean |a_i - b_i|^p)^(1/p)}. Without it,
 * a 16 x 16 picture's 768 features would put a factor 768^10 ≈ 7e28 in every distance, so the
 * figure would say more about the feature count than the pictures, and pixels and embeddings could
 * not be set beside each other. Dividing by a constant changes no choice of the greedy, so the
 * links are the standard's and its figure is this one times k^10. The power mean lies between the
 * smallest and the largest difference of a feature, in the features' own units; with p this small
 * it counts how many features differ more than by how much (two pictures alike but in one of k
 * features are (1/k)^10 of that difference apart), which is why many-objective work chose it: in
 * many dimensions it keeps near and far apart where Euclidean distances all look alike. The total
 * grows with the set's size, unlike a Vendi score: compare sets of the same size.
 */
public final class PureDiversity {
  /** The name tables give the figure. */
  public static final String NAME = "pure-diversity";

  /** The Minkowski exponent of the standard implementation. */
  public static final double P = 0.1;

  /** Differences computed at once on the device, at most (rows x points x features). */
  private static final long BLOCK = 1 << 22;

  private PureDiversity() {}

  /**
   * Of N x 3 x H x W display levels, compared as {@link Vendi#of} compares them: {@value
   * Vendi#SIDE} pixels square, as signed levels from -1 to 1.
   */
  public static double of(NDArray levels) {
    return ofFeatures(Vendi.pixels(levels));
  }

  /** Of N feature vectors (N x k, a discriminator's embeddings for example). */
  public static double ofFeatures(NDArray features) {
    int n = (int) features.getShape().get(0);
    if (n < 2) {
      return 0;
    }
    NDArray flat = features.reshape(n, -1).toType(DataType.FLOAT32, false);
    long k = flat.getShape().get(1);
    int rows = (int) Math.max(1, Math.min(n, BLOCK / Math.max(1, n * k)));
    float[] means = new float[n * n];
    NDArray all = flat.expandDims(0);
    for (int from = 0; from < n; from += rows) {
      // Each block's differences freed before the next: a large archive needs hundreds.
      try (NDScope block = new NDScope()) {
        int to = Math.min(n, from + rows);
        NDArray some = flat.get(new NDIndex(from + ":" + to)).expandDims(1);
        float[] part = some.sub(all).abs().pow(P).mean(new int[] {2}).toFloatArray();
        System.arraycopy(part, 0, means, from * n, part.length);
      }
    }
    return ofPowerMeans(means, n);
  }

  /**
   * The greedy figure of n points from their n x n mean powered differences ({@code mean |a_i -
   * b_i|^p}, row-major; the diagonal is not read). The greedy needs only their order, so the 1/p-th
   * power is taken of the links chosen alone.
   */
  static double ofPowerMeans(float[] means, int n) {
    BitSet struck = new BitSet(n * n);
    boolean[] linked = new boolean[n];
    int[] group = new int[n];
    int[] nearest = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
      nearest[i] = nearest(means, n, i, struck);
    }
    double total = 0;
    for (int links = 0; links < n - 1; ) {
      int from = -1;
      for (int i = 0; i < n; i++) {
        if (!linked[i]
            && (from < 0 || means[i * n + nearest[i]] > means[from * n + nearest[from]])) {
          from = i;
        }
      }
      int to = nearest[from];
      if (root(group, from) == root(group, to)) {
        // Already joined through other links: this one would close a cycle.
        struck.set(from * n + to);
        nearest[from] = nearest(means, n, from, struck);
        if (!linked[to]) {
          struck.set(to * n + from);
          if (nearest[to] == from) {
            nearest[to] = nearest(means, n, to, struck);
          }
        }
        continue;
      }
      group[root(group, from)] = root(group, to);
      linked[from] = true;
      total += Math.pow(means[from * n + to], 1 / P);
      links++;
    }
    return total;
  }

  /** The point nearest to i by a link not struck out; the first of equals. */
  private static int nearest(float[] means, int n, int i, BitSet struck) {
    int best = -1;
    for (int j = 0; j < n; j++) {
      if (j != i
          && !struck.get(i * n + j)
          && (best < 0 || means[i * n + j] < means[i * n + best])) {
        best = j;
      }
    }
    return best;
  }

  private static int root(int[] group, int i) {
    while (group[i] != i) {
      group[i] = group[group[i]];
      i = group[i];
    }
    return i;
  }
}
