package art.equilibria.cluster;

import java.io.Serializable;

/**
 * One of a job's independent tasks, named by its index. On Spark it runs in another JVM, so it is
 * serialisable and finds everything else through paths every worker sees (a shared run folder).
 *
 * @param <R> what the task gives back, small and serialisable (scores, a file's name)
 */
@FunctionalInterface
public interface Task<R extends Serializable> extends Serializable {
  R run(int index, Slot slot) throws Exception;
}
