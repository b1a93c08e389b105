package art.equilibria.cluster;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Tasks on threads of this process, at most {@code parallelism} at once. Each slot gets an equal
 * share of the CPU threads, and the GPUs (when there are any) round robin by task index.
 */
public final class LocalCluster implements Cluster {
  private final int parallelism;
  private final int cores;
  private final int gpus;
  private final ExecutorService pool;

  public LocalCluster(int parallelism, int cores, int gpus) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism is at least 1, not " + parallelism);
    }
    this.parallelism = parallelism;
    this.cores = Math.max(1, cores);
    this.gpus = Math.max(0, gpus);
    this.pool =
        Executors.newFixedThreadPool(
            parallelism,
            r -> {
              Thread t = new Thread(r, "equilibria-task");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public int parallelism() {
    return parallelism;
  }

  /** The slot task {@code index} runs in. */
  public Slot slot(int index) {
    int threads = Math.max(1, cores / parallelism);
    return new Slot(threads, gpus == 0 ? OptionalInt.empty() : OptionalInt.of(index % gpus));
  }

  @Override
  public <R extends Serializable> List<R> run(int count, Task<R> task, Finished<R> finished)
      throws Exception {
    ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
    List<R> results = new ArrayList<>(count);
    List<Future<Integer>> futures = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      results.add(null);
      int index = i;
      futures.add(
          done.submit(
              () -> {
                results.set(index, task.run(index, slot(index)));
                return index;
              }));
    }
    Exception failure = null;
    for (int i = 0; i < count; i++) {
      Exception failed;
      try {
        int index = done.take().get();
        finished.accept(index, results.get(index));
        continue;
      } catch (ExecutionException e) {
        failed = e.getCause() instanceof Exception cause ? cause : e;
      } catch (IOException e) {
        failed = e; // finished's
      } catch (CancellationException e) {
        continue; // a task dropped after the first failure
      }
      if (failure == null) {
        failure = failed;
        // Tasks not yet started are dropped; the running ones end on their own.
        futures.forEach(f -> f.cancel(false));
      }
    }
    if (failure != null) {
      throw failure;
    }
    return results;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
