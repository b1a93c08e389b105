package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import art.equilibria.piece.GeneratorSpec;

/**
 * One resolution of a StyleGAN v1 synthesis network. At 4x4 the learned constant goes straight into
 * a layer epilogue, then a 3x3 convolution and a second epilogue; at every larger resolution,
 * nearest 2x upsampling, a 3x3 convolution, a blur, an epilogue, a 3x3 convolution and an epilogue.
 */
final class AdaInBlock implements SynthesisStage {
  private final boolean initial;
  private final EqualizedConv upConv;
  private final Blur blur;
  private final AdaInLayer first;
  private final EqualizedConv conv;
  private final AdaInLayer second;
  private final int resolution;

  AdaInBlock(Parameters params, int resolution, int in, int out, GeneratorSpec spec) {
    String name = "synthesis.b" + resolution;
    this.initial = resolution == Generator.BASE_RESOLUTION;
    this.upConv =
        initial
            ? null
            : new EqualizedConv(params, name + ".conv0", in, out, 3, false, spec.padding());
    this.blur = initial ? null : new Blur(params, out, spec.padding());
    this.first = new AdaInLayer(params, name + ".layer0", out, spec, resolution);
    this.conv = new EqualizedConv(params, name + ".conv1", out, out, 3, false, spec.padding());
    this.second = new AdaInLayer(params, name + ".layer1", out, spec, resolution);
    this.resolution = resolution;
  }

  @Override
  public long flops(long n) {
    long convs = conv.flops(n, resolution) + (initial ? 0 : upConv.flops(n, resolution));
    return convs + first.flops(n) + second.flops(n);
  }

  @Override
  public NDArray forward(NDArray x, NDArray w, NoiseMode noise) {
    NDArray y = initial ? x : blur.forward(upConv.forward(Tensors.upsample2x(x)));
    y = first.forward(y, w, noise);
    return second.forward(conv.forward(y), w, noise);
  }
}
