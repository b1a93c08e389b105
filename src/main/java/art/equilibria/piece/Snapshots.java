package art.equilibria.piece;

/**
 * Snapshot grids written during training from fixed latents.
 *
 * @param every steps between snapshots
 * @param grid the grid is grid x grid images per generator
 */
public record Snapshots(int every, int grid) {}
