package art.equilibria.cli;

import ai.djl.Device;
import art.equilibria.plot.PlotWriter;
import art.equilibria.run.RunFolder;
import art.equilibria.train.Listeners;
import art.equilibria.train.TrainingListener;
import art.equilibria.watch.WatchListener;
import art.equilibria.watch.WatchServer;
import java.io.IOException;

/**
 * What shows a training besides the progress line: the loss plots in the run folder, always, and
 * with {@code --watch} the live page. The page's port is taken when this is opened, before any run
 * folder exists, so a taken port ends the command with nothing left behind.
 */
final class TrainingViews implements AutoCloseable {
  private final WatchServer server;
  private PlotWriter plots;
  private WatchListener page;

  private TrainingViews(WatchServer server) {
    this.server = server;
  }

  /** Loss plots only. */
  static TrainingViews plotsOnly() {
    return new TrainingViews(null);
  }

  /**
   * @param port the {@code --port} given, or null for the default
   */
  static TrainingViews open(boolean watch, Integer port) throws IOException {
    if (!watch) {
      if (port != null) {
        throw new UserError("--port " + port + " goes with --watch: train PIECE --watch --port P");
      }
      return plotsOnly();
    }
    WatchServer server = WatchPorts.bind(port);
    // Said before the progress bar starts drawing; the page answers once the run folder exists.
    System.err.printf("watch the training on %s (loopback only, while it trains)%n", server.url());
    return new TrainingViews(server);
  }

  /** Starts the plots (and the page) for this run, trained on {@code device}. */
  TrainingListener listen(RunFolder run, Device device, TrainingListener progress) {
    plots = PlotWriter.forTraining(run, device.isGpu());
    if (server != null) {
      page = new WatchListener(server, run);
    }
    return Listeners.of(progress, plots, page);
  }

  /** Waits for the last plots, lets an open page see the end, stops the server. */
  @Override
  public void close() {
    try {
      if (plots != null) {
        plots.close();
      }
      if (page != null) {
        page.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }
}
