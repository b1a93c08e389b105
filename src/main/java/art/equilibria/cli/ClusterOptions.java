package art.equilibria.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;
import art.equilibria.cluster.Cluster;
import art.equilibria.cluster.Clusters;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --parallel} and {@code --master}: where a command's independent tasks run. */
final class ClusterOptions {
  @Option(
      names = "--parallel",
      defaultValue = "1",
      paramLabel = "P",
      description =
          "Tasks at once on this machine, without --master (default: ${DEFAULT-VALUE}), each with"
              + " an equal share of the CPU threads, or on the GPUs in turn; a Spark master runs as"
              + " many as it has cores for.")
  int parallel;

  @Option(
      names = Clusters.MASTER_OPTION,
      paramLabel = "URL",
      description =
          "Run the tasks on Apache Spark instead: local[N], spark://HOST:PORT, yarn or k8s://..."
              + " (the build with Spark: mvn -Pspark package; see README, 'Spark'). The run"
              + " folder must be a path every worker sees.")
  String master;

  /** Whether the tasks go to a Spark master rather than this machine's threads. */
  boolean onCluster() {
    return master != null;
  }

  /** This machine's threads, or the master's cluster; a bad choice is one line, exit 2. */
  Cluster open(Device device) {
    if (parallel < 1) {
      throw new UserError("--parallel: give 1 or more tasks at once, not " + parallel);
    }
    int gpus = device.isGpu() ? Engine.getInstance().getGpuCount() : 0;
    try {
      return Clusters.open(Optional.ofNullable(master), parallel, gpus);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }
}
