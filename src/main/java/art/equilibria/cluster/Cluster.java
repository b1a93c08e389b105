package art.equilibria.cluster;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Where a job's independent tasks run: threads of this process ({@link LocalCluster}) or the
 * executors of a Spark cluster (found by {@link Clusters} when the build has it).
 */
public interface Cluster extends AutoCloseable {

  /** How many tasks run at once. */
  int parallelism();

  /**
   * Runs tasks {@code 0 .. count-1} and gives their results in index order.
   *
   * @param finished told each task that succeeded, with its result, as it ends
   * @throws Exception the first task's failure (or {@code finished}'s), after the tasks already
   *     started have ended
   */
  <R extends Serializable> List<R> run(int count, Task<R> task, Finished<R> finished)
      throws Exception;

  /**
   * Hears of each task that succeeded, as it ends (a progress line, a table written as its rows
   * come in): on the thread that called {@link #run}, one task at a time.
   */
  @FunctionalInterface
  interface Finished<R> {
    void accept(int index, R result) throws IOException;
  }

  @Override
  void close();
}
