package art.equilibria.loss;

import ai.djl.ndarray.NDArray;

/** Row-wise distances between two batches of embeddings (N x E each), giving N values. */
public enum Distance {
  /** {@code 1 - cos(a, b)}. */
  COSINE {
    @Override
    public NDArray between(NDArray a, NDArray b) {
      NDArray dot = a.mul(b).sum(new int[] {1});
      NDArray norms = length(a).mul(length(b)).add(1e-8);
      return dot.div(norms).neg().add(1);
    }
  },
  /** {@code ||a - b||_2}, with a small floor under the root so its gradient stays finite. */
  EUCLIDEAN {
    @Override
    public NDArray between(NDArray a, NDArray b) {
      return a.sub(b).square().sum(new int[] {1}).add(1e-8).sqrt();
    }
  };

  public abstract NDArray between(NDArray a, NDArray b);

  private static NDArray length(NDArray x) {
    return x.square().sum(new int[] {1}).sqrt();
  }

  /** The name pieces use. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Distance named(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }
}
