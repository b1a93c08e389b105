package art.equilibria.piece;

/**
 * Where progressive growing stands: the current stage and resolution, and how far the newest
 * resolution is faded in (0: the previous stage's output upsampled, 1: the new layers only).
 */
public record Growth(int stage, int resolution, double alpha) {}
