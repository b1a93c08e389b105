package art.equilibria.sweep;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import art.equilibria.cluster.Slot;
import art.equilibria.cluster.Task;
import art.equilibria.loss.LossTerms;
import art.equilibria.run.FrozenPiece;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of a sweep: trained in a child JVM of this one, then scored here. It works from the sweep
 * folder alone (a path every worker of a cluster sees), and gives back its scores.
 *
 * <p>Why a child process and not a thread: DJL lets one gradient collector record at a time in a
 * process (two trainings on threads fail), and libtorch's thread count is set for the process; a
 * child gets the slot's share of threads as its own setting and its own libtorch. Starting one
 * costs a JVM and libtorch's loading, a few seconds a run.
 */
final class CellTask implements Task<RunScores> {
  private static final long serialVersionUID = 1L;

  /** What the child exits with when its training threw (any other code but 0 is a signal's). */
  private static final int FAILED = 1;

  /** The sweep folder, as a string: a {@link Path} is not serialisable. */
  private final String sweep;

  CellTask(SweepFolder folder) {
    this.sweep = folder.dir().toString();
  }

  @Override
  public RunScores run(int index, Slot slot) throws Exception {
    SweepFolder folder = new SweepFolder(Path.of(sweep));
    Grid grid = SweepRecord.read(folder).grid();
    RunFolder run = folder.run(grid, index);
    stopIfShuttingDown();
    Process child = new ProcessBuilder(command(index, slot)).inheritIO().start();
    int exit;
    try {
      exit = child.waitFor();
    } finally {
      child.destroy(); // this thread interrupted: the child checkpoints and stops
    }
    if (exit == FAILED) {
      throw new IOException(
          run.dir() + ": its training failed (exit code " + exit + "); see its message above");
    }
    RunInfo info = RunInfo.read(run);
    int side = FrozenPiece.read(run, info, LossTerms.installed(), Map.of()).snapshots().grid();
    try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
      return RunScoring.score(run, index, side, manager);
    }
  }

  /**
   * This JVM again, with its own options, but the slot's threads (never more than this JVM was
   * given), running {@link CellTraining}.
   */
  private List<String> command(int index, Slot slot) {
    String threadsOption = "-Dai.djl.pytorch.num_threads=";
    int threads = Math.min(slot.threads(), Integer.getInteger("ai.djl.pytorch.num_threads", 999));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      // Debuggers and agents are this JVM's, not the child's.
      if (!option.startsWith(threadsOption)
          && !option.startsWith("-agentlib")
          && !option.startsWith("-javaagent")) {
        command.add(option);
      }
    }
    command.add(threadsOption + Math.max(1, threads));
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), CellTraining.class.getName()));
    command.add(sweep);
    command.add(Integer.toString(index));
    slot.gpu().ifPresent(gpu -> command.add(Integer.toString(gpu)));
    return command;
  }

  /** After Ctrl-C the runs already training checkpoint and stop; no new one begins. */
  private static void stopIfShuttingDown() throws InterruptedException {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
    } catch (IllegalStateException shuttingDown) {
      throw new InterruptedException("the sweep is stopping");
    }
  }
}
