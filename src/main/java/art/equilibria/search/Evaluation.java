package art.equilibria.search;

/**
 * What a batch of latents scored.
 *
 * @param objectives one per latent
 * @param measures per latent, one value per measure of the search
 * @param jacobians per latent, the gradient of the objective then of each measure with respect to
 *     the latent (rows of length d); null when no gradients were asked for
 */
public record Evaluation(double[] objectives, double[][] measures, double[][][] jacobians) {}
