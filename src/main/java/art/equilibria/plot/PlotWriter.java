package art.equilibria.plot;

import art.equilibria.run.AtomicFiles;
import art.equilibria.run.MetricsTail;
import art.equilibria.run.RunFolder;
import art.equilibria.train.TrainingListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rewrites a run's loss plots ({@code plots/*.png}) from {@code metrics.jsonl} at every snapshot,
 * so they exist without the page. A plot that cannot be drawn is a warning, never a failed
 * training.
 *
 * <p>Where the drawing happens depends on where the training runs. On the CPU, libtorch keeps every
 * core busy and its threads wait for one another, so a thread drawing beside them costs the
 * training about twice its own time; drawing on the training thread at the snapshot (about 0.1 s
 * once warm) was measured cheaper. On a GPU the CPU is mostly idle: a worker thread draws, the
 * training thread only queues a request, and requests that pile up merge into one.
 */
public final class PlotWriter implements TrainingListener, AutoCloseable {
  private final RunFolder run;
  private final MetricsTail metrics;
  private final ExecutorService worker;
  private final AtomicBoolean queued = new AtomicBoolean();
  private volatile boolean warned;

  private PlotWriter(RunFolder run, ExecutorService worker) {
    this.run = run;
    this.metrics = new MetricsTail(run.metrics());
    this.worker = worker;
  }

  /** Draws on the thread that reports the snapshot (the training thread). */
  public static PlotWriter inline(RunFolder run) {
    return new PlotWriter(run, null);
  }

  /** Draws on a thread of its own. */
  public static PlotWriter background(RunFolder run) {
    return new PlotWriter(
        run,
        Executors.newSingleThreadExecutor(
            task -> {
              Thread t = new Thread(task, "loss-plots");
              t.setDaemon(true);
              return t;
            }));
  }

  /** The right one for a training on a GPU or not. */
  public static PlotWriter forTraining(RunFolder run, boolean onGpu) {
    return onGpu ? background(run) : inline(run);
  }

  @Override
  public void snapshot(long step, Path ensemble) {
    request();
  }

  /** A stopped run has steps past its last snapshot; plot them too. */
  @Override
  public void stopped(long stepsDone) {
    request();
  }

  private void request() {
    if (worker == null) {
      drawQuietly();
    } else if (queued.compareAndSet(false, true)) {
      worker.execute(this::drawQuietly);
    }
  }

  private void drawQuietly() {
    queued.set(false);
    try {
      draw();
    } catch (IOException | RuntimeException e) {
      if (!warned) {
        warned = true;
        System.err.println("warning: loss plots not written to " + run.plots() + ": " + e);
      }
    }
  }

  /** Draws every plot from the metrics written so far. */
  public void draw() throws IOException {
    for (Plot plot : LossPlots.from(metrics.lines())) {
      AtomicFiles.write(run.plots().resolve(plot.file()), out -> LossChart.writePng(plot, out));
    }
  }

  /** Waits for the plots already asked for, so the last snapshot's plots are on disk. */
  @Override
  public void close() {
    if (worker == null) {
      return;
    }
    worker.shutdown();
    try {
      if (!worker.awaitTermination(2, TimeUnit.MINUTES)) {
        System.err.println("warning: loss plots still drawing after two minutes; left unfinished");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
