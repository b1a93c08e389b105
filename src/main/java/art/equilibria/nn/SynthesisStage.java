package art.equilibria.nn;

import ai.djl.ndarray.NDArray;

/** The layers of one resolution of a synthesis network: features in, features out. */
interface SynthesisStage {
  /**
   * @param x N x in x H x W features (at 4x4, the learned constant)
   * @param w intermediate latents, N x style
   */
  NDArray forward(NDArray x, NDArray w, NoiseMode noise);

  /** Floating-point operations of a forward pass over n samples. */
  long flops(long n);
}
