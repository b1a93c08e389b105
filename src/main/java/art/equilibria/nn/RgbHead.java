package art.equilibria.nn;

import ai.djl.ndarray.NDArray;

/** Features to RGB at one resolution of a synthesis network. */
interface RgbHead {
  /**
   * @param x N x channels x H x W features
   * @param w intermediate latents, N x style
   */
  NDArray forward(NDArray x, NDArray w);

  /** Floating-point operations of a forward pass over n samples of size x size. */
  long flops(long n, int size);
}
