package art.equilibria.cluster.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.cluster.Cluster;
import art.equilibria.cluster.Clusters;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spark's local[2] as a {@link Cluster}: the same contract as the threads of this process. */
class SparkClusterTest {
  static Cluster cluster;

  @BeforeAll
  static void start() {
    cluster = Clusters.open(Optional.of("local[2]"), 1, 0);
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  @Test
  void sparkMastersAreServedAndOthersAreNot() {
    SparkClusterProvider spark = new SparkClusterProvider();
    for (String master : List.of("local", "local[2]", "local[*]", "spark://h:7077", "yarn")) {
      assertTrue(spark.serves(master), master);
    }
    assertTrue(spark.serves("k8s://https://cluster:6443"));
    assertEquals(false, spark.serves("mesos://nowhere:5050"));
    assertInstanceOf(SparkCluster.class, cluster);
    assertEquals(2, cluster.parallelism());
  }

  @Test
  void resultsComeBackInIndexOrderFromTasksRunAsSparkTasks() throws Exception {
    // spark.task.cpus is 1 by default; local mode has no GPUs to give.
    List<String> slots =
        cluster.run(5, (i, slot) -> slot.threads() + " " + slot.gpu(), (i, slot) -> {});
    slots.forEach(slot -> assertEquals("1 " + OptionalInt.empty(), slot));
    assertEquals(5, slots.size());
    Map<Integer, Integer> told = new TreeMap<>();
    List<Integer> squares = cluster.run(7, (i, slot) -> i * i, told::put);
    assertEquals(List.of(0, 1, 4, 9, 16, 25, 36), squares);
    assertEquals(squares, List.copyOf(told.values()), "each result told with its index");
  }

  @Test
  void aFailingTaskFailsTheJobWithItsOwnException() {
    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                cluster.run(
                    4,
                    (i, slot) -> {
                      if (i == 2) {
                        throw new IOException("disk full");
                      }
                      return i;
                    },
                    (i, result) -> {}));
    assertEquals("disk full", thrown.getMessage());
  }
}
