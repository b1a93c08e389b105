package art.equilibria.train;

import ai.djl.Device;
import art.equilibria.piece.Piece;
import art.equilibria.run.CheckpointStore;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Trains a piece into a run folder: freezes the piece, then steps the {@link Trainer}, logging
 * metrics every step and writing snapshots and checkpoints at the piece's intervals (and at the
 * end).
 */
public final class TrainingRun {
  private final Piece piece;
  private final Path pieceFile;
  private final RunFolder run;
  private final Device device;
  private final TrainingListener listener;

  public TrainingRun(
      Piece piece, Path pieceFile, RunFolder run, Device device, TrainingListener listener) {
    this.piece = piece;
    this.pieceFile = pieceFile;
    this.run = run;
    this.device = device;
    this.listener = listener;
  }

  /** Trains {@code steps} steps from the start; returns the run's final info. */
  public RunInfo train(long steps) throws IOException {
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
    SnapshotWriter snapshots = new SnapshotWriter(run.snapshots(), piece.snapshots().grid());
    CheckpointStore checkpoints =
        new CheckpointStore(run.checkpoints(), piece.checkpoints().keep());
    long done = 0;
    try (Trainer trainer = new Trainer(piece, device);
        MetricsLog log = new MetricsLog(run.metrics())) {
      listener.started(0, steps);
      long start = System.nanoTime();
      snapshot(trainer, snapshots, 0);
      for (long step = 0; step < steps; step++) {
        StepMetrics metrics = trainer.step(step, (System.nanoTime() - start) / 1e9);
        log.append(metrics);
        listener.stepped(metrics);
        done = step + 1;
        boolean last = done == steps;
        if (done % piece.snapshots().every() == 0 || last) {
          snapshot(trainer, snapshots, done);
        }
        if (done % piece.checkpoints().every() == 0 || last) {
          Path file = checkpoint(trainer, checkpoints, done);
          listener.checkpoint(done, file);
          info = info.with("running", done);
          info.write(run);
        }
      }
      info = info.with("finished", done);
      info.write(run);
      listener.finished(done);
      return info;
    } catch (IOException | RuntimeException e) {
      info.with("failed", done).write(run);
      throw e;
    }
  }

  private void snapshot(Trainer trainer, SnapshotWriter snapshots, long done) throws IOException {
    long trained = Math.max(0, done - 1);
    Path overview =
        snapshots.write(
            trainer.ensemble(), trainer.latents(), piece.schedule().growthAt(trained), done);
    listener.snapshot(done, overview);
  }

  private Path checkpoint(Trainer trainer, CheckpointStore store, long done) throws IOException {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("step", done);
    meta.put("seed", piece.seed());
    meta.put("optimiser_updates", trainer.optimiserUpdates());
    return store.save(done, meta, trainer.ensemble().state(), trainer.optimiserState());
  }
}
