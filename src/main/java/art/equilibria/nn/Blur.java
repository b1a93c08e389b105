package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import art.equilibria.piece.Padding;

/**
 * StyleGAN v1's blur after upsampling: the binomial filter [1, 2, 1] x [1, 2, 1] / 16 on each
 * channel alone, with zero padding (or the picture mirrored at its edge), size-keeping. It runs as
 * one depthwise convolution with the filter made once: libtorch's depthwise convolution is 3 to 10
 * times faster than the two 2x2 average poolings it replaced, forward and backward (BENCHMARKS.md,
 * "The blur").
 */
final class Blur {
  private static final float[] BINOMIAL = {1, 2, 1, 2, 4, 2, 1, 2, 1};
  private static final Shape ONE = new Shape(1, 1);

  private final NDArray filter;
  private final int channels;
  private final Padding padding;

  Blur(Parameters params, int channels, Padding padding) {
    float[] values = new float[channels * BINOMIAL.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = BINOMIAL[i % BINOMIAL.length] / 16f;
    }
    this.filter = params.fixed(values, new Shape(channels, 1, 3, 3));
    this.channels = channels;
    this.padding = padding;
  }

  NDArray forward(NDArray x) {
    boolean mirrored = padding == Padding.REFLECT;
    NDArray in = mirrored ? Tensors.reflect(x, 1) : x;
    Shape pad = mirrored ? new Shape(0, 0) : ONE;
    return Conv2d.conv2d(in, filter, null, ONE, pad, ONE, channels).singletonOrThrow();
  }
}
