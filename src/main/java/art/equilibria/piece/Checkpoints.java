package art.equilibria.piece;

/**
 * @param every steps between checkpoints (the last step always gets one)
 * @param keep how many of the newest checkpoints are kept
 */
public record Checkpoints(int every, int keep) {}
