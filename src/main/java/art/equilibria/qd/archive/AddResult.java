package art.equilibria.qd.archive;

/**
 * The outcome of adding one solution, judged against the archive as it was before the batch.
 *
 * @param status what the solution did
 * @param value the solution's objective minus its cell's threshold (for an elitist archive: the
 *     elite's objective, or 0 for an empty cell, as in CMA-ME); negative when it was not added
 */
public record AddResult(AddStatus status, double value) {}
