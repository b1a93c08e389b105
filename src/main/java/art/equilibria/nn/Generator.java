package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import art.equilibria.piece.GeneratorSpec;
import art.equilibria.piece.Growth;
import art.equilibria.piece.OutputActivation;
import java.util.ArrayList;
import java.util.List;

/**
 * A style-based generator grown progressively: mapping network, a learned 4x4 constant, one {@link
 * SynthesisStage} per resolution and an {@link RgbHead} at every resolution, of the piece's
 * synthesis design (StyleGAN v1 or StyleGAN2). While a new resolution fades in, its output is
 * blended with the previous resolution's output upsampled.
 */
public final class Generator {
  /** Resolution of the learned constant the synthesis starts from. */
  public static final int BASE_RESOLUTION = 4;

  /** Keeps a flat picture's normalisation finite. */
  private static final double SPAN_EPSILON = 1e-5;

  /** The root mean square a bounded output is kept at or below. */
  public static final double BOUND = 1;

  private final GeneratorSpec spec;
  private final Parameters params;
  private final MappingNetwork mapping;
  private final NDArray constant;
  private final List<SynthesisStage> stages = new ArrayList<>();
  private final List<RgbHead> toRgb = new ArrayList<>();

  /** What a bounded output is divided by; saved with the network, never trained. */
  private final NDArray outputScale;

  public Generator(GeneratorSpec spec, Parameters params, int finalResolution) {
    this.spec = spec;
    this.params = params;
    this.mapping =
        new MappingNetwork(
            params, spec.latent(), spec.style(), spec.mappingDepth(), spec.mappingLrMultiplier());
    this.outputScale =
        spec.output() == OutputActivation.BOUNDED
            ? params.constantBuffer("synthesis.output-scale", new Shape(1), 1f)
            : null;
    int c4 = spec.channels().at(BASE_RESOLUTION);
    this.constant = params.normal("synthesis.const", new Shape(1, c4, 4, 4), 1);
    for (int res = BASE_RESOLUTION; res <= finalResolution; res *= 2) {
      int in = spec.channels().at(Math.max(BASE_RESOLUTION, res / 2));
      int out = spec.channels().at(res);
      stages.add(stage(res, in, out));
      String rgb = "synthesis.b" + res + ".torgb";
      toRgb.add(
          switch (spec.synthesis()) {
            case STYLEGAN1 -> new PlainToRgb(params, rgb, out);
            case STYLEGAN2 -> new ModulatedToRgb(params, rgb, out, spec.style());
          });
    }
  }

  private SynthesisStage stage(int res, int in, int out) {
    return switch (spec.synthesis()) {
      case STYLEGAN1 -> new AdaInBlock(params, res, in, out, spec);
      case STYLEGAN2 ->
          res == BASE_RESOLUTION
              ? new StyleLayer(params, "synthesis.b4.layer0", in, out, spec, res)
              : new SynthesisBlock(params, res, in, out, spec);
    };
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
    int level = level(growth);
    long total = mapping.flops(n) + toRgb.get(level).flops(n, growth.resolution());
    for (int i = 0; i <= level; i++) {
      total += stages.get(i).flops(n);
    }
    if (growth.alpha() < 1 && level > 0) {
      total += toRgb.get(level - 1).flops(n, growth.resolution() / 2);
    }
    return total;
  }

  /** Images from intermediate latents w (N x style). */
  public NDArray synthesise(NDArray w, Growth growth, NoiseMode noise) {
    long n = w.getShape().get(0);
    int level = level(growth);
    NDArray x =
        Tensors.convolutionLayout(
            constant.broadcast(new Shape(n).addAll(constant.getShape().slice(1))));
    NDArray previous = x;
    for (int i = 0; i <= level; i++) {
      previous = x;
      x = stages.get(i).forward(x, w, noise);
    }
    NDArray image = activate(toRgb.get(level).forward(x, w));
    if (growth.alpha() < 1 && level > 0) {
      NDArray faded = Tensors.upsample2x(activate(toRgb.get(level - 1).forward(previous, w)));
      image = Tensors.lerp(faded, image, growth.alpha());
    }
    return outputScale == null ? image : image.div(outputScale);
  }

  /**
   * After a training step: grows a bounded output's scale so that a batch whose output had this
   * root mean square would have had {@link #BOUND}. Nothing for the other outputs.
   */
  public void bound(double rms) {
    if (outputScale != null && rms > BOUND && Double.isFinite(rms)) {
      try (NDScope scope = new NDScope()) {
        Tensors.copyInto(Tensors.times(outputScale, rms / BOUND), outputScale);
      }
    }
  }

  private static int level(Growth growth) {
    return Integer.numberOfTrailingZeros(growth.resolution() / BASE_RESOLUTION);
  }

  private NDArray activate(NDArray rgb) {
    return switch (spec.output()) {
      case BOUNDED, LINEAR -> rgb;
      case TANH -> rgb.tanh();
      case NORMALISED -> normalise(rgb);
    };
  }

  /** Each picture's values scaled onto [-1, 1] by its own smallest and largest value. */
  static NDArray normalise(NDArray rgb) {
    long n = rgb.getShape().get(0);
    NDArray flat = rgb.reshape(n, -1);
    NDArray low = flat.min(new int[] {1}, true);
    NDArray span = flat.max(new int[] {1}, true).sub(low).add(SPAN_EPSILON);
    return Tensors.times(flat.sub(low).div(span), 2).sub(1).reshape(rgb.getShape());
  }
}
