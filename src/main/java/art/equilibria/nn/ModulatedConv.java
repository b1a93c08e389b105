package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import art.equilibria.piece.Padding;
import java.util.function.Supplier;

/**
 * A convolution whose input channels are scaled per sample by a style, optionally with weight
 * demodulation (StyleGAN2). The style scales the activations rather than the weights, so one
 * ordinary batched convolution serves the whole batch; demodulation is then a per-sample,
 * per-output-channel factor, which is the same arithmetic as modulating the weights and much faster
 * on a CPU than a grouped convolution.
 */
public final class ModulatedConv {
  private final EqualizedLinear affine;
  private final NDArray weight;
  private final Supplier<NDArray> kernel;
  private final Supplier<NDArray> kernelEnergy;
  private final boolean demodulate;
  private final Padding padding;

  public ModulatedConv(
      Parameters params,
      String name,
      int in,
      int out,
      int kernel,
      int styleSize,
      boolean demodulate,
      Padding padding) {
    this.affine = new EqualizedLinear(params, name + ".affine", styleSize, in, 1, 1f);
    this.weight = params.normal(name + ".weight", new Shape(out, in, kernel, kernel), 1);
    NDArray gain = params.scalar(1 / Math.sqrt((double) in * kernel * kernel));
    this.kernel = params.derived(name + ".weight*gain", () -> weight.mul(gain));
    // Output channel norm of the modulated kernel: sum over in, kh, kw of (kernel * style)^2,
    // which is style^2 times the kernel's energy per output and input channel.
    this.kernelEnergy =
        params.derived(
            name + ".energy", () -> this.kernel.get().square().sum(new int[] {2, 3}).transpose());
    this.demodulate = demodulate;
    this.padding = padding;
  }

  /**
   * Floating-point operations of a forward pass over n activations of size x size: the style's
   * affine layer, the convolution and, with demodulation, the kernel norms per sample.
   */
  public long flops(long n, int size) {
    long conv = 2 * n * size * size * weight.size();
    long kernelSize = weight.getShape().get(2) * weight.getShape().get(3);
    long norms = demodulate ? 2 * n * weight.size() / kernelSize : 0;
    return affine.flops(n) + conv + norms;
  }

  /**
   * @param x activations, N x in x H x W
   * @param w intermediate latents, N x style
   */
  public NDArray forward(NDArray x, NDArray w) {
    long n = x.getShape().get(0);
    NDArray style = affine.forward(w);
    NDArray scaled = x.mul(style.reshape(n, -1, 1, 1));
    NDArray y = Tensors.conv2d(scaled, kernel.get(), null, padding);
    if (!demodulate) {
      return y;
    }
    NDArray norm = style.square().matMul(kernelEnergy.get()).add(1e-8).sqrt();
    return y.div(norm.reshape(n, -1, 1, 1));
  }
}
