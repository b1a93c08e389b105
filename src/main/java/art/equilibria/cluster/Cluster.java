package art.equilibria.cluster;

import java.io.Serializable;
import java.util.List;
import java.util.function.IntConsumer;

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
   * @param finished told the index of each task as it ends, for a progress line
   * @throws Exception the first task's failure, after the tasks already started have ended
   */
  <R extends Serializable> List<R> run(int count, Task<R> task, IntConsumer finished)
      throws Exception;

  @Override
  void close();
}
