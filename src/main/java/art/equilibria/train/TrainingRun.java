package art.equilibria.train;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import art.equilibria.piece.Piece;
import art.equilibria.run.CheckpointStore;
import art.equilibria.run.RunException;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Trains a piece into a run folder: steps the {@link Trainer}, logging metrics every step and
 * writing snapshots and checkpoints at the piece's intervals and at the end. A Ctrl-C or SIGTERM
 * ends the current step, writes a checkpoint there and stops; {@link #resume} carries on from the
 * newest checkpoint that reads back whole, and trains exactly as if it had never stopped.
 */
public final class TrainingRun {
  private final Piece piece;
  private final RunFolder run;
  private final Device device;
  private final TrainingListener listener;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final CountDownLatch ended = new CountDownLatch(1);

  public TrainingRun(Piece piece, RunFolder run, Device device, TrainingListener listener) {
    this.piece = piece;
    this.run = run;
    this.device = device;
    this.listener = listener;
  }

  /** Freezes the piece into the run folder and trains steps [0, steps). */
  public RunInfo train(Path pieceFile, long steps) throws IOException {
    Files.copy(pieceFile, run.piece());
    RunInfo info =
        new RunInfo(
            RunFolder.pieceName(pieceFile),
            piece.title(),
            pieceFile.toString(),
            piece.seed(),
            device.toString(),
            OffsetDateTime.now().toString(),
            "running",
            0,
            steps,
            RunInfo.projectVersion());
    info.write(run);
    try (Trainer trainer = new Trainer(piece, device)) {
      snapshot(trainer, 0);
      return loop(trainer, info, 0);
    }
  }

  /**
   * Continues a run from its newest readable checkpoint up to {@code steps} steps in all. Metrics
   * of steps after that checkpoint are dropped: those steps are trained again.
   *
   * @throws RunException when no checkpoint can be used
   */
  public RunInfo resume(RunInfo recorded, long steps) throws IOException, RunException {
    try (Trainer trainer = new Trainer(piece, device)) {
      long from = restoreNewest(trainer);
      MetricsLog.keepBefore(run.metrics(), from);
      RunInfo info = recorded.resumed(from, steps);
      info.write(run);
      return loop(trainer, info, from);
    }
  }

  /** Loads the newest checkpoint that reads back whole; a damaged one is reported and skipped. */
  private long restoreNewest(Trainer trainer) throws IOException, RunException {
    List<Path> files = new ArrayList<>(checkpoints().list());
    List<String> problems = new ArrayList<>();
    for (int i = files.size() - 1; i >= 0; i--) {
      Path file = files.get(i);
      try (NDManager loading = NDManager.newBaseManager(device)) {
        CheckpointStore.Checkpoint checkpoint = CheckpointStore.load(file, loading);
        trainer.ensemble().load(checkpoint.networks());
        trainer.restoreOptimisers(checkpoint.optimiser(), updates(checkpoint.meta()));
        return checkpoint.step();
      } catch (IOException | IllegalStateException e) {
        String problem = file.getFileName() + ": " + e.getMessage();
        problems.add(problem);
        listener.warning("skipping checkpoint " + problem);
      }
    }
    throw new RunException(
        run.dir()
            + (problems.isEmpty()
                ? " has no checkpoint to resume from; train the piece again"
                : " has no usable checkpoint (" + String.join("; ", problems) + ")"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Long> updates(Map<String, Object> meta) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Object saved = meta.get("optimiser_updates");
    if (saved instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).forEach((k, v) -> counts.put(k, ((Number) v).longValue()));
    }
    return counts;
  }

  private RunInfo loop(Trainer trainer, RunInfo info, long first) throws IOException {
    Thread hook = new Thread(this::requestStop, "training-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    long done = first;
    long end = info.totalSteps();
    try (MetricsLog log = new MetricsLog(run.metrics())) {
      listener.started(first, end);
      long start = System.nanoTime();
      long checkpointed = first;
      while (done < end && !stop.get()) {
        StepMetrics metrics = trainer.step(done, (System.nanoTime() - start) / 1e9);
        log.append(metrics);
        listener.stepped(metrics);
        done++;
        if (done % piece.snapshots().every() == 0 || done == end) {
          snapshot(trainer, done);
        }
        if (done % piece.checkpoints().every() == 0 || done == end) {
          checkpoint(trainer, done);
          checkpointed = done;
          info = info.with("running", done);
          info.write(run);
        }
      }
      if (done < end && checkpointed != done) {
        checkpoint(trainer, done);
      }
      info = info.with(done < end ? "stopped" : "finished", done);
      info.write(run);
      if (done < end) {
        listener.stopped(done);
      } else {
        listener.finished(done);
      }
      return info;
    } catch (IOException | RuntimeException e) {
      info.with("failed", done).write(run);
      throw e;
    } finally {
      ended.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running and waits for `ended`.
      }
    }
  }

  /**
   * Asks the run to stop after the current step, with a checkpoint there (what Ctrl-C does).
   * Returns at once.
   */
  public void stop() {
    stop.set(true);
  }

  /** From the shutdown hook: finish the step, checkpoint, then let the process end. */
  private void requestStop() {
    stop();
    try {
      ended.await(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private CheckpointStore checkpoints() {
    return new CheckpointStore(run.checkpoints(), piece.checkpoints().keep());
  }

  private void snapshot(Trainer trainer, long done) throws IOException {
    long trained = Math.max(0, done - 1);
    Path overview =
        new SnapshotWriter(run.snapshots(), piece.snapshots().grid())
            .write(trainer.ensemble(), trainer.latents(), piece.schedule().growthAt(trained), done);
    listener.snapshot(done, overview);
  }

  private void checkpoint(Trainer trainer, long done) throws IOException {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("step", done);
    meta.put("seed", piece.seed());
    meta.put("optimiser_updates", trainer.optimiserUpdates());
    Path file =
        checkpoints().save(done, meta, trainer.ensemble().state(), trainer.optimiserState());
    listener.checkpoint(done, file);
  }
}
