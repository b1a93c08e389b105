package art.equilibria.cluster;

/**
 * Opens a cluster for a master URL. Found with {@link java.util.ServiceLoader}, so a build without
 * Spark has none and says how to get one.
 */
public interface ClusterProvider {

  /** Whether this provider serves the URL ({@code local[2]}, {@code spark://host:7077} …). */
  boolean serves(String master);

  /** A cluster on the master running {@code parallelism} tasks at once (0: as many as it has). */
  Cluster open(String master, int parallelism);
}
