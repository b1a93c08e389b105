package art.equilibria.cluster;

import java.util.Optional;
import java.util.ServiceLoader;

/** Opens the cluster a command names: this machine, or a master URL served by a provider. */
public final class Clusters {
  /** The option that names a master, as messages give it. */
  public static final String MASTER_OPTION = "--master";

  private Clusters() {}

  /**
   * This machine with {@code parallelism} tasks at once when no master is given, otherwise the
   * master's cluster.
   *
   * @throws IllegalArgumentException one line naming the master when no provider serves it (a build
   *     without Spark, or a master Spark does not know)
   */
  public static Cluster open(Optional<String> master, int parallelism, int gpus) {
    if (master.isEmpty()) {
      return new LocalCluster(parallelism, Runtime.getRuntime().availableProcessors(), gpus);
    }
    for (ClusterProvider provider : ServiceLoader.load(ClusterProvider.class)) {
      if (provider.serves(master.get())) {
        return provider.open(master.get(), parallelism);
      }
    }
    throw new IllegalArgumentException(
        MASTER_OPTION
            + " "
            + master.get()
            + ": no cluster of this build serves it; Spark's masters (local[N], spark://HOST:PORT,"
            + " yarn, k8s://URL) are served by the build with Spark (mvn -Pspark package, or"
            + " EQUILIBRIA_SPARK=yes for ./equilibria)");
  }
}
