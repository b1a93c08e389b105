package art.equilibria.train;

import ai.djl.Device;
import art.equilibria.cpu.ThreadGovernor;
import art.equilibria.guard.Decision;
import art.equilibria.guard.Guard;
import art.equilibria.metrics.GuardEvent;
import art.equilibria.metrics.StepMetrics;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceFile;
import art.equilibria.run.AtomicFiles;
import art.equilibria.run.CheckpointMeta;
import art.equilibria.run.CheckpointStore;
import art.equilibria.run.RunException;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.run.RunLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Trains a piece into a run folder: steps the {@link Trainer}, logging metrics every step and
 * writing snapshots and checkpoints at the piece's intervals and at the end, with the {@link Guard}
 * watching for explosion and collapse. A Ctrl-C or SIGTERM ends the current step, writes a
 * checkpoint there and stops; {@link #resume} carries on from the newest checkpoint that reads back
 * whole, and trains exactly as if it had never stopped.
 */
public final class TrainingRun {
  private final Piece piece;
  private final RunFolder run;
  private final Device device;
  private final TrainingListener listener;
  private final Guard guard;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final CountDownLatch ended = new CountDownLatch(1);
  private int rollbacks;

  public TrainingRun(Piece piece, RunFolder run, Device device, TrainingListener listener) {
    this.piece = piece;
    this.run = run;
    this.device = device;
    this.listener = listener;
    this.guard = new Guard(piece.guard());
  }

  /** Freezes the piece into the run folder and trains steps [0, steps). */
  public RunInfo train(PieceFile pieceFile, long steps) throws IOException, RunException {
    return train(pieceFile, steps, false);
  }

  /**
   * Freezes the piece into the run folder and trains steps [0, steps). The folder appears whole:
   * its piece, run.json and step-0 snapshot and checkpoint are written into {@link
   * RunFolder#staging()} and renamed into place together, and a start that fails leaves nothing.
   *
   * @param pieceFile the bytes the piece was read from, frozen as they are (the file itself may be
   *     a pipe that cannot be read again)
   * @param sketch whether this run's piece is the sketch of the piece in the file (recorded, so the
   *     run is read back as a sketch)
   */
  public RunInfo train(PieceFile pieceFile, long steps, boolean sketch)
      throws IOException, RunException {
    RunFolder staging = run.staging();
    return locked(
        staging,
        () -> {
          try (Trainer trainer = new Trainer(piece, device)) {
            return loop(trainer, begin(staging, trainer, pieceFile, steps, sketch), 0);
          } catch (IOException | RuntimeException | Error e) {
            if (Files.isDirectory(staging.dir())) {
              staging.discard(); // the run never began
            }
            throw e;
          }
        });
  }

  /** Writes the start of a run into {@code staging}, then moves it into place. */
  private RunInfo begin(
      RunFolder staging, Trainer trainer, PieceFile pieceFile, long steps, boolean sketch)
      throws IOException {
    AtomicFiles.write(staging.piece(), pieceFile.bytes());
    RunInfo info =
        new RunInfo(
            RunFolder.pieceName(pieceFile.path()),
            piece.title(),
            pieceFile.name(),
            piece.seed(),
            device.toString(),
            OffsetDateTime.now().toString(),
            "running",
            0,
            steps,
            RunInfo.projectVersion(),
            sketch,
            pieceFile.sha256(),
            null);
    info.write(staging);
    Path overview = writeSnapshot(staging, trainer, 0).overview();
    // Step 0 is always there to roll back to.
    Path checkpoint = writeCheckpoint(staging, trainer, 0);
    run.moveFrom(staging);
    listener.snapshot(0, run.snapshots().resolve(overview.getFileName()));
    listener.checkpoint(0, run.checkpoints().resolve(checkpoint.getFileName()));
    return info;
  }

  /**
   * Continues a run from its newest readable checkpoint up to {@code steps} steps in all. Metrics
   * of steps after that checkpoint are dropped: those steps are trained again.
   *
   * @throws RunException when no checkpoint can be used
   */
  public RunInfo resume(RunInfo recorded, long steps) throws IOException, RunException {
    return locked(run, () -> carryOn(recorded, steps));
  }

  private RunInfo carryOn(RunInfo recorded, long steps) throws IOException, RunException {
    // Locked, so no other process is writing these: whatever is half-written was left by a kill.
    for (Path dir : List.of(run.dir(), run.checkpoints(), run.snapshots())) {
      AtomicFiles.removeLeftoversIn(dir);
    }
    try (Trainer trainer = new Trainer(piece, device)) {
      Restored restored = restoreNewest(trainer);
      long from = restored.step();
      // Rollbacks already spent count against the limit after a resume; within a run, the
      // count only grows (a rollback restores an older checkpoint but not its count).
      rollbacks = restored.meta().rollbacks();
      MetricsLog.keepBefore(run.metrics(), from, listener::warning);
      RunInfo info = recorded.resumed(from, steps);
      info.write(run);
      return loop(trainer, info, from);
    }
  }

  /** A training of the run folder: a new one, or one resumed. */
  @FunctionalInterface
  private interface Training {
    RunInfo run() throws IOException, RunException;
  }

  /**
   * Trains with the folder locked against a second writer (another process's resume), and with
   * Ctrl-C or SIGTERM turned into a stop after the current step from the very start, so one during
   * the start still leaves a run stopped with a checkpoint.
   */
  private RunInfo locked(RunFolder folder, Training training) throws IOException, RunException {
    Thread hook = new Thread(this::requestStop, "training-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try (RunLock lock = RunLock.take(folder, listener::warning)) {
      return training.run();
    } finally {
      // Only now may the hook let the process end: the lock is released in order.
      ended.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running and was waiting for `ended`.
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

  /** The step and facts of a checkpoint loaded into a trainer. */
  private record Restored(long step, CheckpointMeta meta) {}

  /** Loads the newest checkpoint that reads back whole; a damaged one is reported and skipped. */
  private Restored restoreNewest(Trainer trainer) throws IOException, RunException {
    CheckpointStore store = checkpoints();
    if (store.list().isEmpty()) {
      throw new RunException(
          run.dir() + " has no checkpoint to resume from; train the piece again");
    }
    return store.newestUsable(
        device,
        checkpoint -> {
          CheckpointMeta meta = checkpoint.meta();
          trainer.ensemble().load(checkpoint.networks());
          trainer.restoreOptimisers(checkpoint.optimiser(), meta.optimiserUpdates());
          trainer.setSalt(meta.latentSalt());
          trainer.setLearningRateScale(meta.lrScale());
          return new Restored(checkpoint.step(), meta);
        },
        listener::warning);
  }

  private RunInfo loop(Trainer trainer, RunInfo info, long first) throws IOException {
    long done = first;
    long end = info.totalSteps();
    MetricsLog log = new MetricsLog(run.metrics());
    try {
      listener.started(first, end);
      long start = System.nanoTime();
      long checkpointed = first;
      // Events noticed after the last metrics line was written (a snapshot's stasis, a
      // rollback): already shown, recorded in the next line.
      List<GuardEvent> pending = new ArrayList<>();
      String guardStop = null;
      ThreadGovernor threads = ThreadGovernor.forTraining(device);
      while (done < end && !stop.get() && guardStop == null) {
        threads.tick();
        StepMetrics metrics = trainer.step(done, (System.nanoTime() - start) / 1e9);
        List<GuardEvent> fresh = guard.check(metrics);
        fresh.forEach(listener::guarded);
        List<GuardEvent> line = new ArrayList<>(pending);
        line.addAll(fresh);
        pending.clear();
        done++;
        // A snapshot is made before its step's line is written, so the line can say how many
        // different pictures it holds; listeners still hear of the step first.
        SnapshotWriter.Snapshot snapshot =
            done % piece.snapshots().every() == 0 || done == end
                ? writeSnapshot(run, trainer, done)
                : null;
        metrics = metrics.withEvents(line);
        if (snapshot != null) {
          metrics = metrics.withSnapshotDiversity(snapshot.diversity());
        }
        log.append(metrics);
        listener.stepped(metrics);
        List<GuardEvent> failures = new ArrayList<>(fresh);
        if (snapshot != null) {
          listener.snapshot(done, snapshot.overview());
          List<GuardEvent> stasis = guard.checkSnapshot(done, snapshot.grids());
          stasis.forEach(listener::guarded);
          pending.addAll(stasis);
          failures.addAll(stasis);
        }
        Decision decision = guard.decide(failures, rollbacks);
        if (decision instanceof Decision.RollBack back) {
          log.close();
          GuardEvent rollback = rollBack(trainer, done, back);
          listener.guarded(rollback);
          done = rollback.step();
          checkpointed = done;
          log = new MetricsLog(run.metrics());
          pending.clear(); // they belonged to steps that are now undone
          pending.add(rollback);
          continue;
        }
        if (decision instanceof Decision.Stop halt) {
          guardStop = halt.cause().toString();
          break;
        }
        if (done % piece.checkpoints().every() == 0 || done == end) {
          if (checkpointIfFinite(trainer, done)) {
            checkpointed = done;
          }
          info = info.with("running", done);
          info.write(run);
        }
      }
      if (done < end && checkpointed != done && guardStop == null) {
        checkpointIfFinite(trainer, done);
      }
      info = info.with(done < end ? "stopped" : "finished", done);
      if (guardStop != null) {
        info = info.withGuardStop(guardStop); // not Ctrl-C's stop: a sweep does not resume it
      }
      info.write(run);
      if (guardStop != null) {
        listener.warning(
            "the equilibrium guard stopped the run ("
                + guardStop
                + "); the last good checkpoint is kept");
      }
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
      log.close();
    }
  }

  /**
   * Restores the newest good checkpoint, draws latents from a new stream and scales the learning
   * rate, so the ensemble takes another path from a state that was still in balance.
   */
  private GuardEvent rollBack(Trainer trainer, long failedAt, Decision.RollBack decision)
      throws IOException {
    long to;
    try {
      to = restoreNewest(trainer).step();
      MetricsLog.keepBefore(run.metrics(), to, listener::warning);
    } catch (RunException e) {
      throw new IOException("cannot roll back: " + e.getMessage(), e);
    }
    rollbacks = decision.nth();
    trainer.setSalt(rollbacks);
    // After n rollbacks the rate is factor^n, whichever checkpoint was restored.
    trainer.setLearningRateScale(Math.pow(piece.guard().lrFactor(), rollbacks));
    guard.reset();
    return new GuardEvent(
        to,
        "",
        GuardEvent.Kind.ROLLBACK,
        String.format(
            "rollback %d of %d after %s at step %d: back to step %d, new latent stream,"
                + " learning rate x%.3g",
            rollbacks,
            piece.guard().rollbacks(),
            decision.cause().kind().key(),
            failedAt,
            to,
            trainer.learningRateScale()));
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
    return checkpoints(run);
  }

  private CheckpointStore checkpoints(RunFolder folder) {
    return new CheckpointStore(folder.checkpoints(), piece.checkpoints().keep());
  }

  private SnapshotWriter.Snapshot writeSnapshot(RunFolder folder, Trainer trainer, long done)
      throws IOException {
    long trained = Math.max(0, done - 1);
    return new SnapshotWriter(
            folder.snapshots(), piece.snapshots().grid(), piece.render().display())
        .write(
            trainer.ensemble(),
            trainer.snapshotLatents(),
            piece.schedule().growthAt(trained),
            done);
  }

  /** Writes a checkpoint unless the networks hold non-finite values; says whether it did. */
  private boolean checkpointIfFinite(Trainer trainer, long done) throws IOException {
    if (!trainer.ensemble().isFinite()) {
      listener.warning("no checkpoint at step " + done + ": the networks hold NaN or infinity");
      return false;
    }
    checkpoint(trainer, done);
    return true;
  }

  private void checkpoint(Trainer trainer, long done) throws IOException {
    listener.checkpoint(done, writeCheckpoint(run, trainer, done));
  }

  private Path writeCheckpoint(RunFolder folder, Trainer trainer, long done) throws IOException {
    CheckpointMeta meta =
        new CheckpointMeta(
            done,
            piece.seed(),
            trainer.salt(),
            trainer.learningRateScale(),
            rollbacks,
            trainer.optimiserUpdates());
    return checkpoints(folder).save(meta, trainer.ensemble().state(), trainer.optimiserState());
  }
}
