package art.equilibria.qd.archive;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A quality-diversity archive, as pyribs' {@code ArchiveBase}: the measure space cut into cells,
 * each keeping at most one elite. Iterating visits the elites in the order their cells were first
 * filled.
 */
public interface Archive extends Iterable<Elite> {
  /** Length of every solution. */
  int solutionDim();

  /** Number of measures. */
  int measureDim();

  /** Number of cells. */
  int cells();

  /** The cell a point of measure space falls in. */
  int indexOf(double[] measures);

  /**
   * Adds a batch of evaluated solutions. Each is judged against the archive as it was before the
   * batch; where several land in one cell, the best of those that beat its threshold is kept (the
   * first on ties).
   *
   * @return one result per solution, in batch order
   */
  List<AddResult> add(double[][] solutions, double[] objectives, double[][] measures);

  /** The elite of a cell, if it has one. */
  Optional<Elite> elite(int cell);

  ArchiveStats stats();

  default boolean isEmpty() {
    return stats().elites() == 0;
  }

  /**
   * {@code n} elites drawn uniformly, with replacement.
   *
   * @throws IllegalStateException when the archive is empty
   */
  List<Elite> sampleElites(int n, RandomGenerator random);
}
