package art.equilibria.cluster.spark;

import art.equilibria.cluster.Cluster;
import art.equilibria.cluster.Slot;
import art.equilibria.cluster.Task;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.resource.ResourceInformation;
import scala.Function1;
import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;

/**
 * A job's tasks as one Spark job: the indices parallelised one to a partition, each mapped to its
 * task's result on an executor; results are told as their tasks end and given back in index order.
 * A task's slot is what Spark gave it: its {@code spark.task.cpus} and, where the executors have
 * GPUs, the GPU it was assigned.
 */
final class SparkCluster implements Cluster {
  /** Spark's name for GPUs in its resource scheduling. */
  static final String GPU = "gpu";

  private final JavaSparkContext context;

  private SparkCluster(JavaSparkContext context) {
    this.context = context;
  }

  /**
   * Starts (or joins, under spark-submit) the Spark context of the master. Settings given to
   * spark-submit or as {@code spark.*} system properties are kept; this only fills in what is
   * missing.
   */
  static SparkCluster start(String master) {
    SparkConf conf = new SparkConf().setMaster(master).setIfMissing("spark.app.name", "equilibria");
    if (master.startsWith("local")) {
      // No web page and no network beyond this machine for a try-out on it.
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "localhost");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    // Executors with GPUs give each task one (a segment or a training uses one device).
    if (conf.contains("spark.executor.resource.gpu.amount")) {
      conf.setIfMissing("spark.task.resource.gpu.amount", "1");
    }
    return new SparkCluster(JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf)));
  }

  @Override
  public int parallelism() {
    return context.defaultParallelism();
  }

  @Override
  public <R extends Serializable> List<R> run(int count, Task<R> task, Finished<R> finished)
      throws Exception {
    if (count == 0) {
      return List.of();
    }
    List<Integer> indices = IntStream.range(0, count).boxed().toList();
    List<Object> partitions = new ArrayList<>(indices);
    // One index to a partition, so partition i is task i; each outcome is handed over as its
    // task ends, on Spark's scheduler thread, and told on this one.
    BlockingQueue<Ended<R>> ended = new LinkedBlockingQueue<>();
    SimpleFutureAction<BoxedUnit> job =
        context
            .sc()
            .submitJob(
                context.parallelize(indices, count).rdd(),
                new Run<>(task),
                CollectionConverters.asScala(partitions).toSeq(),
                (partition, outcome) -> {
                  ended.add(new Ended<>((Integer) partition, outcome));
                  return BoxedUnit.UNIT;
                },
                () -> BoxedUnit.UNIT);
    List<Outcome<R>> outcomes = new ArrayList<>(Collections.nCopies(count, null));
    try {
      for (int received = 0; received < count; ) {
        Ended<R> next = ended.poll(100, TimeUnit.MILLISECONDS);
        if (next == null) {
          // Every outcome is handed over before the job completes: none is left to come.
          if (job.isCompleted() && ended.isEmpty()) {
            break;
          }
          continue;
        }
        received++;
        outcomes.set(next.index(), next.outcome());
        if (next.outcome().failure() == null) {
          finished.accept(next.index(), next.outcome().value());
        }
      }
    } catch (InterruptedException | IOException e) {
      job.cancel();
      throw e;
    }
    job.get(); // Spark's own failure (an executor lost for good, a job cancelled), if any
    List<R> results = new ArrayList<>(count);
    for (Outcome<R> outcome : outcomes) {
      if (outcome.failure() != null) {
        throw outcome.failure();
      }
      results.add(outcome.value());
    }
    return results;
  }

  @Override
  public void close() {
    context.stop();
  }

  /**
   * A task's result or its own exception: brought back as it is, so the driver reports the task's
   * words (a missing run folder, a full disk) rather than Spark's wrapping of them.
   */
  record Outcome<R>(R value, Exception failure) implements Serializable {}

  /** A task's outcome as its partition's result reaches the driver. */
  private record Ended<R>(int index, Outcome<R> outcome) {}

  /** What runs on an executor: its partition's one task, in the slot Spark gave it. */
  private record Run<R extends Serializable>(Task<R> task)
      implements Function1<Iterator<Integer>, Outcome<R>>, Serializable {
    @Override
    public Outcome<R> apply(Iterator<Integer> partition) {
      int index = partition.next();
      try {
        return new Outcome<>(task.run(index, slot(TaskContext.get())), null);
      } catch (Exception e) {
        return new Outcome<>(null, e);
      }
    }
  }

  /** The CPU threads and GPU Spark assigned to the running task. */
  static Slot slot(TaskContext task) {
    ResourceInformation gpus = task.resourcesJMap().get(GPU);
    OptionalInt gpu =
        gpus == null || gpus.addresses().length == 0
            ? OptionalInt.empty()
            : OptionalInt.of(Integer.parseInt(gpus.addresses()[0].trim()));
    return new Slot(Math.max(1, task.cpus()), gpu);
  }
}
