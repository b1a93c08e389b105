package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;

/**
 * Adaptive instance normalisation (StyleGAN v1): every feature map of every sample is normalised to
 * zero mean and unit variance, then scaled by {@code 1 + s} and shifted by {@code b}, where s and b
 * are per-channel values an affine layer reads from the style. The normalisation discards each
 * map's scale, so a layer's output scale is the style's alone.
 */
public final class AdaIn {
  private static final double EPSILON = 1e-8;

  private final EqualizedLinear affine;
  private final int channels;

  public AdaIn(Parameters params, String name, int channels, int styleSize) {
    // One affine layer gives the scales (first half) and the shifts (second half).
    this.affine = new EqualizedLinear(params, name + ".affine", styleSize, 2 * channels, 1, 0f);
    this.channels = channels;
  }

  public long flops(long n) {
    return affine.flops(n);
  }

  /**
   * @param x N x C x H x W
   * @param w intermediate latents, N x style
   */
  public NDArray forward(NDArray x, NDArray w) {
    long n = x.getShape().get(0);
    NDArray style = affine.forward(w);
    NDArray scale = style.get(new NDIndex(":, :{}", channels)).add(1).reshape(n, channels, 1, 1);
    NDArray shift = style.get(new NDIndex(":, {}:", channels)).reshape(n, channels, 1, 1);
    return instanceNorm(x).mul(scale).add(shift);
  }

  /** Each feature map of each sample to zero mean and unit variance. */
  static NDArray instanceNorm(NDArray x) {
    int[] space = {2, 3};
    NDArray centred = x.sub(Tensors.mean(x, space, true));
    NDArray variance = Tensors.mean(centred.square(), space, true);
    return centred.div(variance.add(EPSILON).sqrt());
  }
}
