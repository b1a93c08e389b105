package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import art.equilibria.piece.GeneratorSpec;

/** One resolution of a StyleGAN2 generator above 4x4: 2x upsampling, then two style layers. */
final class SynthesisBlock implements SynthesisStage {
  private final StyleLayer first;
  private final StyleLayer second;

  SynthesisBlock(Parameters params, int resolution, int in, int out, GeneratorSpec spec) {
    String name = "synthesis.b" + resolution;
    this.first = new StyleLayer(params, name + ".layer0", in, out, spec, resolution);
    this.second = new StyleLayer(params, name + ".layer1", out, out, spec, resolution);
  }

  @Override
  public long flops(long n) {
    return first.flops(n) + second.flops(n);
  }

  @Override
  public NDArray forward(NDArray x, NDArray w, NoiseMode mode) {
    NDArray y = first.forward(Tensors.upsample2x(x), w, mode);
    return second.forward(y, w, mode);
  }
}
