package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import art.equilibria.piece.GeneratorSpec;
import art.equilibria.piece.Growth;
import art.equilibria.piece.OutputActivation;
import java.util.ArrayList;
import java.util.List;

/**
 * A style-based generator grown progressively: mapping network, a learned 4x4 constant, one {@link
 * SynthesisBlock} per doubling and a {@link ToRgb} at every resolution. While a new resolution
 * fades in, its output is blended with the previous resolution's output upsampled.
 */
public final class Generator {
  /** Resolution of the learned constant the synthesis starts from. */
  public static final int BASE_RESOLUTION = 4;

  private final GeneratorSpec spec;
  private final Parameters params;
  private final MappingNetwork mapping;
  private final NDArray constant;
  private final StyleLayer baseLayer;
  private final List<SynthesisBlock> blocks = new ArrayList<>();
  private final List<ToRgb> toRgb = new ArrayList<>();

  public Generator(GeneratorSpec spec, Parameters params, int finalResolution) {
    this.spec = spec;
    this.params = params;
    int style = spec.style();
    this.mapping =
        new MappingNetwork(
            params, spec.latent(), style, spec.mappingDepth(), spec.mappingLrMultiplier());
    int c4 = spec.channels().at(BASE_RESOLUTION);
    this.constant = params.normal("synthesis.const", new Shape(1, c4, 4, 4), 1);
    this.baseLayer = new StyleLayer(params, "synthesis.b4.layer0", c4, c4, style, 4);
    toRgb.add(new ToRgb(params, "synthesis.b4.torgb", c4, style));
    for (int res = 2 * BASE_RESOLUTION; res <= finalResolution; res *= 2) {
      int in = spec.channels().at(res / 2);
      int out = spec.channels().at(res);
      blocks.add(new SynthesisBlock(params, res, in, out, style));
      toRgb.add(new ToRgb(params, "synthesis.b" + res + ".torgb", out, style));
    }
  }

  public GeneratorSpec spec() {
    return spec;
  }

  public Parameters parameters() {
    return params;
  }

  /** z -> w. */
  public NDArray map(NDArray z) {
    return mapping.forward(z);
  }

  /** Images in NCHW at the growth's resolution from latents z (N x latent). */
  public NDArray generate(NDArray z, Growth growth, NoiseMode noise) {
    return synthesise(map(z), growth, noise);
  }

  /**
   * Floating-point operations of {@link #generate} for n latents, counted from the layer shapes:
   * the matrix multiplications and convolutions, which dominate; element-wise work is left out.
   */
  public long flops(long n, Growth growth) {
    int level = Integer.numberOfTrailingZeros(growth.resolution() / BASE_RESOLUTION);
    long total =
        mapping.flops(n) + baseLayer.flops(n) + toRgb.get(level).flops(n, growth.resolution());
    for (int i = 0; i < level; i++) {
      total += blocks.get(i).flops(n);
    }
    if (growth.alpha() < 1 && level > 0) {
      total += toRgb.get(level - 1).flops(n, growth.resolution() / 2);
    }
    return total;
  }

  /** Images from intermediate latents w (N x style). */
  public NDArray synthesise(NDArray w, Growth growth, NoiseMode noise) {
    long n = w.getShape().get(0);
    int level = Integer.numberOfTrailingZeros(growth.resolution() / BASE_RESOLUTION);
    NDArray x =
        baseLayer.forward(
            constant.broadcast(new Shape(n).addAll(constant.getShape().slice(1))), w, noise);
    NDArray previous = x;
    for (int i = 0; i < level; i++) {
      previous = x;
      x = blocks.get(i).forward(x, w, noise);
    }
    NDArray image = activate(toRgb.get(level).forward(x, w));
    if (growth.alpha() >= 1 || level == 0) {
      return image;
    }
    NDArray faded = Tensors.upsample2x(activate(toRgb.get(level - 1).forward(previous, w)));
    return Tensors.lerp(faded, image, growth.alpha());
  }

  private NDArray activate(NDArray rgb) {
    return spec.output() == OutputActivation.TANH ? rgb.tanh() : rgb;
  }
}
