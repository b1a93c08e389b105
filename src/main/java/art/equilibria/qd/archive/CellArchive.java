package art.equilibria.qd.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The storage and insertion rule shared by archives that differ only in how they find a point's
 * cell: pyribs' batch {@code add}, with its statuses, improvement values, CMA-MAE's batch threshold
 * update and running statistics.
 */
public abstract sealed class CellArchive implements Archive permits GridArchive, CvtArchive {
  private final int solutionDim;
  private final int measureDim;
  private final int cells;
  private final Thresholds thresholds;
  private final double qdScoreOffset;

  // Per cell; a cell is filled when its solution is not null.
  private final double[][] solutions;
  private final double[] objectives;
  private final double[][] measures;
  private final double[] cellThresholds;

  // Filled cells in the order they were first filled: uniform sampling and iteration.
  private final int[] filled;
  private int size;
  private double objectiveSum;
  private double bestObjective = Double.NaN;

  CellArchive(
      int solutionDim, int measureDim, int cells, Thresholds thresholds, double qdScoreOffset) {
    if (solutionDim < 1) {
      throw new IllegalArgumentException(
          "solution dimension must be at least 1, got " + solutionDim);
    }
    if (cells < 1) {
      throw new IllegalArgumentException("an archive needs at least 1 cell, got " + cells);
    }
    if (!Double.isFinite(qdScoreOffset)) {
      throw new IllegalArgumentException("QD score offset must be finite, got " + qdScoreOffset);
    }
    this.solutionDim = solutionDim;
    this.measureDim = measureDim;
    this.cells = cells;
    this.thresholds = thresholds;
    this.qdScoreOffset = qdScoreOffset;
    this.solutions = new double[cells][];
    this.objectives = new double[cells];
    this.measures = new double[cells][];
    this.cellThresholds = new double[cells];
    this.filled = new int[cells];
  }

  @Override
  public final int solutionDim() {
    return solutionDim;
  }

  @Override
  public final int measureDim() {
    return measureDim;
  }

  @Override
  public final int cells() {
    return cells;
  }

  public final Thresholds thresholds() {
    return thresholds;
  }

  /** The acceptance threshold of a cell: its elite's (annealed) bar, or the minimum when empty. */
  public final double threshold(int cell) {
    return solutions[cell] == null ? thresholds.thresholdMin() : cellThresholds[cell];
  }

  /** Checks one point of measure space before it is located. */
  final void checkMeasures(double[] point) {
    if (point.length != measureDim) {
      throw new IllegalArgumentException(
          "measures must have length " + measureDim + ", got " + point.length);
    }
    for (double m : point) {
      if (!Double.isFinite(m)) {
        throw new IllegalArgumentException(
            "measures must be finite, got " + Arrays.toString(point));
      }
    }
  }

  @Override
  public final List<AddResult> add(
      double[][] batchSolutions, double[] batchObjectives, double[][] batchMeasures) {
    int n = checkBatch(batchSolutions, batchObjectives, batchMeasures);
    AddResult[] results = new AddResult[n];
    // Candidates that beat their cell's threshold, grouped by cell in order of first appearance.
    Map<Integer, Candidates> byCell = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      int cell = indexOf(batchMeasures[i]);
      boolean occupied = solutions[cell] != null;
      double threshold = threshold(cell);
      double objective = batchObjectives[i];
      AddStatus status =
          objective > threshold
              ? (occupied ? AddStatus.IMPROVE_EXISTING : AddStatus.NEW)
              : AddStatus.NOT_ADDED;
      // CMA-ME measures a new cell's improvement from 0; CMA-MAE from the threshold minimum.
      double base = status == AddStatus.NEW && thresholds.elitist() ? 0 : threshold;
      results[i] = new AddResult(status, objective - base);
      if (status.added()) {
        byCell.computeIfAbsent(cell, c -> new Candidates()).offer(i, objective);
      }
    }
    byCell.forEach(
        (cell, candidates) -> {
          int best = candidates.best;
          store(
              cell,
              batchSolutions[best],
              batchObjectives[best],
              batchMeasures[best],
              nextThreshold(threshold(cell), candidates));
        });
    return List.of(results);
  }

  /**
   * A cell's threshold after a batch: the kept objective for an elitist archive, else Fontaine and
   * Nikolaidis' batch rule, k single updates by the mean of the k candidates that beat it.
   */
  private double nextThreshold(double current, Candidates candidates) {
    if (thresholds.elitist()) {
      return candidates.bestObjective;
    }
    double keep = Math.pow(1 - thresholds.learningRate(), candidates.count);
    return keep * current + (1 - keep) * candidates.sum / candidates.count;
  }

  private void store(int cell, double[] solution, double objective, double[] point, double bar) {
    if (solutions[cell] == null) {
      filled[size++] = cell;
    } else {
      objectiveSum -= objectives[cell];
    }
    solutions[cell] = solution.clone();
    objectives[cell] = objective;
    measures[cell] = point.clone();
    cellThresholds[cell] = bar;
    objectiveSum += objective;
    if (Double.isNaN(bestObjective) || objective > bestObjective) {
      bestObjective = objective;
    }
  }

  private int checkBatch(double[][] batchSolutions, double[] batchObjectives, double[][] points) {
    int n = batchSolutions.length;
    if (batchObjectives.length != n || points.length != n) {
      throw new IllegalArgumentException(
          "a batch needs as many objectives and measures as solutions: "
              + n
              + " solutions, "
              + batchObjectives.length
              + " objectives, "
              + points.length
              + " measures");
    }
    for (int i = 0; i < n; i++) {
      if (batchSolutions[i].length != solutionDim) {
        throw new IllegalArgumentException(
            "solutions must have length " + solutionDim + ", got " + batchSolutions[i].length);
      }
      if (!Double.isFinite(batchObjectives[i])) {
        throw new IllegalArgumentException("objectives must be finite, got " + batchObjectives[i]);
      }
    }
    return n;
  }

  @Override
  public final Optional<Elite> elite(int cell) {
    if (solutions[cell] == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Elite(solutions[cell].clone(), objectives[cell], measures[cell].clone(), cell));
  }

  @Override
  public final ArchiveStats stats() {
    if (size == 0) {
      return new ArchiveStats(0, 0, 0, 0, Double.NaN, Double.NaN);
    }
    double qdScore = objectiveSum - size * qdScoreOffset;
    return new ArchiveStats(
        size, size / (double) cells, qdScore, qdScore / cells, bestObjective, objectiveSum / size);
  }

  @Override
  public final List<Elite> sampleElites(int n, RandomGenerator random) {
    if (size == 0) {
      throw new IllegalStateException("no elites in the archive to sample");
    }
    List<Elite> sample = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sample.add(elite(filled[random.nextInt(size)]).orElseThrow());
    }
    return sample;
  }

  @Override
  public final Iterator<Elite> iterator() {
    return Arrays.stream(filled, 0, size).mapToObj(c -> elite(c).orElseThrow()).iterator();
  }

  /** The candidates of one batch for one cell: their count, sum and best (first on ties). */
  private static final class Candidates {
    int count;
    double sum;
    int best = -1;
    double bestObjective;

    void offer(int index, double objective) {
      count++;
      sum += objective;
      if (best < 0 || objective > bestObjective) {
        best = index;
        bestObjective = objective;
      }
    }
  }
}
