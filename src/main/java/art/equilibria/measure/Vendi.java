package art.equilibria.measure;

import ai.djl.ndarray.NDArray;
import art.equilibria.nn.Tensors;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * How many different pictures a batch holds: the Vendi score (Friedman and Dieng 2023), the
 * exponential of the entropy of the eigenvalues of the batch's similarity matrix divided by its
 * size. 1 when every picture is the same, N when N pictures are all unlike each other. Pictures are
 * compared small ({@value #SIDE} x {@value #SIDE}), as signed levels around mid-grey, by cosine
 * similarity: two fields of different hue are unlike, two noisy copies of one field alike.
 */
public final class Vendi {
  /** The name tables give the score. */
  public static final String NAME = "vendi";

  /** The side pictures are shrunk to before they are compared. */
  public static final int SIDE = 16;

  private Vendi() {}

  /** The Vendi score of N x 3 x H x W display levels. */
  public static double of(NDArray levels) {
    return ofSimilarity(similarity(levels).toFloatArray(), (int) levels.getShape().get(0));
  }

  /**
   * The Vendi score of N feature vectors (N x k, a discriminator's embeddings for example),
   * compared by the cosine of their differences from the batch's mean: what the batch shares counts
   * for nothing, only how its members differ. 1 when all are alike; n - 1 for n vectors as unlike
   * as they can be (centred, n vectors span at most n - 1 directions).
   */
  public static double ofFeatures(NDArray features) {
    long n = features.getShape().get(0);
    NDArray centred = features.reshape(n, -1);
    centred = centred.sub(centred.mean(new int[] {0}, true));
    NDArray squared = centred.square().sum(new int[] {1}, true);
    if (squared.max().getFloat() <= 1e-12f * Math.max(1f, features.abs().max().getFloat())) {
      return 1; // all the same: no direction to compare
    }
    NDArray norms = squared.sqrt().add(1e-12);
    NDArray unit = centred.div(norms);
    return ofSimilarity(unit.matMul(unit.transpose()).toFloatArray(), (int) n);
  }

  /**
   * The N x N cosine similarities of N x 3 x H x W display levels, compared small as signed levels
   * around mid-grey; computed on the device, for {@link #ofSimilarity}.
   */
  public static NDArray similarity(NDArray levels) {
    NDArray small = pixels(levels);
    NDArray norms = small.square().sum(new int[] {1}, true).sqrt().add(1e-12);
    NDArray unit = small.div(norms);
    return unit.matMul(unit.transpose());
  }

  /**
   * The features pictures are compared by: N x 3 x H x W display levels shrunk to {@value #SIDE} x
   * {@value #SIDE}, as signed levels from -1 (black) to 1 (white), one row of 3 x {@value #SIDE} x
   * {@value #SIDE} per picture.
   */
  static NDArray pixels(NDArray levels) {
    long n = levels.getShape().get(0);
    return Tensors.times(Pictures.resample(levels, SIDE), 1 / 127.5).sub(1).reshape(n, -1);
  }

  /**
   * The Vendi score of an n x n similarity matrix (row-major) whose diagonal is 1: {@code exp(-sum
   * λ log λ)} over the eigenvalues λ of the matrix divided by n.
   */
  public static double ofSimilarity(float[] similarity, int n) {
    DMatrixRMaj k = new DMatrixRMaj(n, n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        // Symmetrised: float round-off must not make the solver see a non-symmetric matrix.
        k.set(i, j, (similarity[i * n + j] + similarity[j * n + i]) / (2.0 * n));
      }
    }
    EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(n, false, true);
    if (!eigen.decompose(k)) {
      return Double.NaN;
    }
    double entropy = 0;
    for (int i = 0; i < n; i++) {
      double lambda = eigen.getEigenvalue(i).getReal();
      if (lambda > 1e-12) {
        entropy -= lambda * Math.log(lambda);
      }
    }
    return Math.exp(entropy);
  }
}
