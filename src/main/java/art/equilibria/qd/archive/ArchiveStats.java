package art.equilibria.qd.archive;

/**
 * An archive's figures, as pyribs' {@code ArchiveStats}.
 *
 * @param elites number of filled cells
 * @param coverage share of cells filled, in [0, 1]
 * @param qdScore sum over the elites of their objective minus the archive's QD score offset
 * @param normQdScore the QD score divided by the number of cells
 * @param bestObjective the highest objective ever inserted (NaN while empty); under CMA-MAE's
 *     thresholds its elite may since have been replaced by a worse one, as in pyribs
 * @param meanObjective the mean objective of the elites (NaN while empty)
 */
public record ArchiveStats(
    int elites,
    double coverage,
    double qdScore,
    double normQdScore,
    double bestObjective,
    double meanObjective) {}
