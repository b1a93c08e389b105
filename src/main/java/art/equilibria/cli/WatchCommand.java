package art.equilibria.cli;

import art.equilibria.run.RunFolder;
import art.equilibria.sweep.SweepFolder;
import art.equilibria.watch.WatchServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code equilibria watch RUN}: the page of a finished run, or of one another process trains; or
 * the page of a sweep.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Serve a run's page (snapshots, loss plots, progress) on http://127.0.0.1:PORT/ until Ctrl-C,"
          + " with its piece's sweeps; or a sweep's page (its contact sheet and score table, each"
          + " run linked to its own page).",
      "The run or sweep may be finished or still going on in another process: the page follows"
          + " it."
    })
final class WatchCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(
      paramLabel = "RUN",
      description =
          "The run folder, renders/<piece>/<run>, or a sweep's, renders/<piece>/sweeps/<name>.")
  Path runDir;

  @Option(
      names = "--port",
      paramLabel = "P",
      description = "Port (default: 8765, or the next free one; 0: any free one).")
  Integer port;

  @Override
  public Integer call() throws Exception {
    SweepFolder sweep = new SweepFolder(runDir);
    RunFolder run = sweep.exists() ? null : RunFolder.open(runDir);
    try (WatchServer server = WatchPorts.bind(port)) {
      if (run == null) {
        server.serve(sweep);
      } else {
        server.serve(run, false);
      }
      System.err.printf(
          "watching %s on %s (loopback only); Ctrl-C to stop%n",
          run == null ? sweep.dir() : run.dir(), server.url());
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      // Stopped from within the process (tests); Ctrl-C simply ends the process.
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
