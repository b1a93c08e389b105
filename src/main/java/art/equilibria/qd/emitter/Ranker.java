package art.equilibria.qd.emitter;

import art.equilibria.qd.archive.AddResult;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** How an evolution strategy orders what the archive made of its samples, as pyribs' rankers. */
public enum Ranker {
  /**
   * pyribs' "imp" (CMA-MAE): by improvement value alone, the objective over the cell's threshold.
   */
  IMPROVEMENT {
    @Override
    double[] values(AddResult result) {
      return new double[] {result.value()};
    }
  },
  /**
   * pyribs' "2imp" (CMA-ME): new cells first, then improved cells, then the rest, each by
   * improvement value; a new cell's value (its objective) is on another scale than an improvement.
   */
  TWO_STAGE_IMPROVEMENT {
    @Override
    double[] values(AddResult result) {
      return new double[] {result.status().ordinal(), result.value()};
    }
  };

  abstract double[] values(AddResult result);

  /** Orders the results, best first (the earlier first among equals). */
  public Ranking rank(List<AddResult> results) {
    double[][] values = results.stream().map(this::values).toArray(double[][]::new);
    Comparator<Integer> ascending =
        (a, b) -> {
          for (int v = 0; v < values[a].length; v++) {
            int c = Double.compare(values[a][v], values[b][v]);
            if (c != 0) {
              return c;
            }
          }
          return 0;
        };
    int[] order =
        IntStream.range(0, values.length)
            .boxed()
            .sorted(ascending.reversed())
            .mapToInt(Integer::intValue)
            .toArray();
    return new Ranking(order, values);
  }
}
