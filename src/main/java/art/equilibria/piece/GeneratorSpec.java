package art.equilibria.piece;

/**
 * A style-based generator.
 *
 * @param latent size of the latent z
 * @param style size of the intermediate latent w
 * @param mappingDepth fully connected layers in the mapping network z -> w
 * @param mappingLrMultiplier learning-rate multiplier of the mapping network (StyleGAN: 0.01)
 * @param synthesis the synthesis network's design
 * @param noise how the per-pixel noise inputs vary while training
 * @param padding what the synthesis's convolutions see beyond the picture's edge
 * @param output activation applied to the RGB output
 */
public record GeneratorSpec(
    int latent,
    int style,
    int mappingDepth,
    double mappingLrMultiplier,
    Channels channels,
    Synthesis synthesis,
    Noise noise,
    Padding padding,
    OutputActivation output)
    implements NetworkSpec {}
