package art.equilibria.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A sweep's cells in order of their overall score: the mean of their runs' {@link
 * RunScores#equilibrium} over the repeats, highest first (rank 1); ties go to the cell with fewer
 * failures, then to the earlier cell.
 */
public final class Ranking {
  private Ranking() {}

  /**
   * One cell's standing.
   *
   * @param failures every failure of any of its runs
   */
  public record Cell(
      int cell, int rank, double score, Set<Failure> failures, List<RunScores> runs) {
    public RunScores first() {
      return runs.get(0);
    }
  }

  /**
   * The cells by rank; {@code runs} in run order, as the cluster gives them, null where a run is
   * not scored yet: a cell is ranked once all its runs are.
   */
  public static List<Cell> of(Grid grid, List<RunScores> runs) {
    List<Cell> cells = new ArrayList<>();
    for (int c = 0; c < grid.cells(); c++) {
      List<RunScores> mine = runs.subList(c * grid.repeats(), (c + 1) * grid.repeats());
      if (mine.contains(null)) {
        continue;
      }
      Set<Failure> failures = EnumSet.noneOf(Failure.class);
      mine.forEach(r -> failures.addAll(r.failures()));
      double score = mine.stream().mapToDouble(RunScores::equilibrium).average().orElse(0);
      cells.add(new Cell(c, 0, score, failures, List.copyOf(mine)));
    }
    cells.sort(
        Comparator.comparingDouble((Cell c) -> -c.score())
            .thenComparingInt(c -> c.failures().size())
            .thenComparingInt(Cell::cell));
    List<Cell> ranked = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      ranked.add(new Cell(c.cell(), i + 1, c.score(), c.failures(), c.runs()));
    }
    return ranked;
  }
}
