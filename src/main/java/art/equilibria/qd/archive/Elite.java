package art.equilibria.qd.archive;

/**
 * A solution kept by an archive.
 *
 * @param solution the solution (a latent)
 * @param objective its objective
 * @param measures where it lies in measure space
 * @param cell the index of its cell
 */
public record Elite(double[] solution, double objective, double[] measures, int cell) {}
