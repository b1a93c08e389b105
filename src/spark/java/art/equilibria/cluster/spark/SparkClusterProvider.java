package art.equilibria.cluster.spark;

import art.equilibria.cluster.Cluster;
import art.equilibria.cluster.ClusterProvider;
import java.util.List;

/**
 * Spark's masters: {@code local[N]} (threads of this process, for trying a job out), a standalone
 * cluster ({@code spark://HOST:PORT}), YARN ({@code yarn}) and Kubernetes ({@code k8s://URL}).
 */
public final class SparkClusterProvider implements ClusterProvider {
  private static final List<String> SCHEMES = List.of("spark://", "k8s://");

  @Override
  public boolean serves(String master) {
    return master.equals("local")
        || master.startsWith("local[")
        || master.equals("yarn")
        || SCHEMES.stream().anyMatch(master::startsWith);
  }

  @Override
  public Cluster open(String master, int parallelism) {
    return SparkCluster.start(master);
  }
}
