package art.equilibria.piece;

/**
 * A style-based generator.
 *
 * @param latent size of the latent z
 * @param style size of the intermediate latent w
 * @param mappingDepth fully connected layers in the mapping network z -> w
 * @param mappingLrMultiplier learning-rate multiplier of the mapping network (StyleGAN: 0.01)
 * @param output activation applied to the RGB output
 */
public record GeneratorSpec(
    int latent,
    int style,
    int mappingDepth,
    double mappingLrMultiplier,
    Channels channels,
    OutputActivation output)
    implements NetworkSpec {}
