package art.equilibria.nn;

import ai.djl.ndarray.NDArray;

/** One resolution of the generator: 2x upsampling, then two style layers. */
public final class SynthesisBlock {
  private final StyleLayer first;
  private final StyleLayer second;

  public SynthesisBlock(Parameters params, int resolution, int in, int out, int styleSize) {
    String name = "synthesis.b" + resolution;
    this.first = new StyleLayer(params, name + ".layer0", in, out, styleSize, resolution);
    this.second = new StyleLayer(params, name + ".layer1", out, out, styleSize, resolution);
  }

  public long flops(long n) {
    return first.flops(n) + second.flops(n);
  }

  public NDArray forward(NDArray x, NDArray w, NoiseMode mode) {
    NDArray y = first.forward(Tensors.upsample2x(x), w, mode);
    return second.forward(y, w, mode);
  }
}
