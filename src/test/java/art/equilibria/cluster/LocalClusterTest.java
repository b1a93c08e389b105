package art.equilibria.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocalClusterTest {

  @Test
  void resultsComeBackInIndexOrderWithEveryTaskReported() throws Exception {
    Map<Integer, Integer> told = new TreeMap<>();
    List<Thread> tellers = new ArrayList<>();
    try (Cluster cluster = new LocalCluster(3, 6, 0)) {
      List<Integer> squares =
          cluster.run(
              7,
              (i, slot) -> i * i,
              (i, square) -> {
                told.put(i, square);
                tellers.add(Thread.currentThread());
              });
      assertEquals(List.of(0, 1, 4, 9, 16, 25, 36), squares);
      assertEquals(squares, List.copyOf(told.values()), "each result told with its index");
    }
    assertEquals(List.of(Thread.currentThread()), tellers.stream().distinct().toList());
  }

  @Test
  void neverRunsMoreTasksAtOnceThanItsParallelism() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    try (Cluster cluster = new LocalCluster(2, 2, 0)) {
      cluster.run(
          6,
          (i, slot) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(20);
            running.decrementAndGet();
            return i;
          },
          (i, result) -> {});
    }
    assertTrue(most.get() <= 2, "at most 2 at once, saw " + most.get());
  }

  @Test
  void slotsShareTheThreadsAndDealTheGpusRoundRobin() {
    try (LocalCluster cluster = new LocalCluster(2, 8, 3)) {
      assertEquals(new Slot(4, OptionalInt.of(0)), cluster.slot(0));
      assertEquals(new Slot(4, OptionalInt.of(1)), cluster.slot(4));
    }
    try (LocalCluster cluster = new LocalCluster(4, 2, 0)) {
      assertEquals(new Slot(1, OptionalInt.empty()), cluster.slot(5));
    }
  }

  @Test
  void aFailingTaskFailsTheJobWithItsOwnException() {
    try (Cluster cluster = new LocalCluster(2, 2, 0)) {
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

  @Test
  void aMasterNoProviderServesIsRefusedNamingTheBuildThatHasOne() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            // A scheme no build serves (Spark 4 dropped Mesos), so the Spark build refuses it too.
            () -> Clusters.open(Optional.of("mesos://nowhere:5050"), 2, 0));
    assertTrue(refused.getMessage().startsWith("--master mesos://nowhere:5050: "));
    assertTrue(refused.getMessage().contains("-Pspark"));
  }

  @Test
  void withoutSparkInTheBuildItsMastersAreRefusedToo() {
    // The Spark build serves them (its own tests run them); this build must say how to get it.
    assumeTrue(ServiceLoader.load(ClusterProvider.class).findFirst().isEmpty());
    for (String master : List.of("local[2]", "spark://nowhere:7077", "yarn", "k8s://https://k")) {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class, () -> Clusters.open(Optional.of(master), 2, 0));
      assertTrue(refused.getMessage().contains("mvn -Pspark package"), refused.getMessage());
    }
  }
}
