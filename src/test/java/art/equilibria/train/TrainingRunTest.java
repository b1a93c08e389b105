package art.equilibria.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import art.equilibria.TestPieces;
import art.equilibria.metrics.StepMetrics;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceFile;
import art.equilibria.run.CheckpointStore;
import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run end to end: the run folder's contents, and that the CPU is deterministic. */
class TrainingRunTest {
  private static final long STEPS = 6;

  private static RunFolder train(Path base, Piece piece) throws Exception {
    Files.createDirectories(base);
    Path pieceFile = base.resolve("tiny.yaml");
    if (!Files.exists(pieceFile)) {
      Files.writeString(pieceFile, "title: tiny\n");
    }
    RunFolder run = RunFolder.create(base.resolve("renders"), "tiny");
    new TrainingRun(piece, run, Device.cpu(), TrainingListener.NONE)
        .train(PieceFile.read(pieceFile), STEPS);
    return run;
  }

  @Test
  void writesFrozenPieceMetricsSnapshotsAndCheckpoints(@TempDir Path tmp) throws Exception {
    RunFolder run = train(tmp, TestPieces.tiny(3));
    assertTrue(Files.exists(run.piece()));
    RunInfo info = RunInfo.read(run);
    assertEquals("finished", info.state());
    assertEquals(STEPS, info.stepsDone());

    List<String> lines = Files.readAllLines(run.metrics());
    assertEquals(STEPS, lines.size());
    StepMetrics last = MetricsLog.parse(lines.get(lines.size() - 1));
    assertEquals(16, last.resolution());
    assertEquals(List.of("d", "g1", "g2"), List.copyOf(last.networks().keySet()));
    assertTrue(last.networks().get("g1").terms().containsKey("colour-variance"));
    assertTrue(last.networks().get("g1").colourVariance() > 0);

    // Snapshots every 2 steps and at 0, per generator and side by side.
    for (long step : new long[] {0, 2, 4, 6}) {
      for (String name : List.of("g1", "g2", "ensemble")) {
        String file = String.format("%06d-%s.png", step, name);
        assertTrue(Files.exists(run.snapshots().resolve(file)), file);
      }
    }
    // The line of a snapshot step says how many different pictures each grid holds (of 4), and
    // how far apart they are.
    for (int i = 0; i < lines.size(); i++) {
      StepMetrics m = MetricsLog.parse(lines.get(i));
      if ((i + 1) % 2 != 0) {
        assertEquals(null, m.snapshotDiversity(), "no snapshot after step " + i);
        continue;
      }
      assertEquals(List.of("g1", "g2"), List.copyOf(m.snapshotDiversity().keySet()));
      for (var d : m.snapshotDiversity().values()) {
        assertTrue(d.pixels() >= 1 && d.pixels() <= 4, "pixels " + d);
        assertTrue(d.embeddings() >= 1 && d.embeddings() <= 3, "embeddings " + d);
        // Three links of a tree over four pictures, each at most 2 (black to white) apart.
        assertTrue(d.purePixels() > 0 && d.purePixels() <= 6, "pure diversity " + d);
        assertTrue(d.pureEmbeddings() > 0, "pure diversity " + d);
      }
    }
    // Checkpoints every 2 steps, the newest 2 kept.
    List<Path> checkpoints = new CheckpointStore(run.checkpoints(), 2).list();
    assertEquals(
        List.of("step-000004.ckpt", "step-000006.ckpt"),
        checkpoints.stream().map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void theRunFolderAppearsWithItsPieceInfoAndFirstCheckpointTogether(@TempDir Path tmp)
      throws Exception {
    Path pieceFile = Files.writeString(tmp.resolve("tiny.yaml"), "title: tiny\n");
    RunFolder run = RunFolder.create(tmp.resolve("renders"), "tiny");
    assertFalse(Files.exists(run.dir()), "no run folder before the training starts");
    List<String> seen = new ArrayList<>();
    TrainingListener look =
        new TrainingListener() {
          @Override
          public void snapshot(long step, Path ensemble) {
            if (step == 0) {
              seen.add(Files.exists(ensemble) + " snapshot");
            }
          }

          @Override
          public void started(long first, long end) {
            seen.add(Files.exists(run.piece()) + " piece");
            seen.add(Files.exists(run.info()) + " info");
            seen.add(Files.exists(run.checkpoints().resolve("step-000000.ckpt")) + " checkpoint");
            seen.add(Files.exists(run.staging().dir()) + " staging");
          }
        };

    new TrainingRun(TestPieces.tiny(3), run, Device.cpu(), look)
        .train(PieceFile.read(pieceFile), 1);

    assertEquals(
        List.of("true snapshot", "true piece", "true info", "true checkpoint", "false staging"),
        seen);
  }

  @Test
  void aStartThatFailsLeavesNoRunFolder(@TempDir Path tmp) throws Exception {
    Path pieceFile = Files.writeString(tmp.resolve("tiny.yaml"), "title: tiny\n");
    RunFolder run = RunFolder.create(tmp.resolve("renders"), "tiny");
    // A file where the snapshots folder goes: the first snapshot cannot be written.
    Files.writeString(run.staging().snapshots(), "in the way");
    TrainingRun training =
        new TrainingRun(TestPieces.tiny(3), run, Device.cpu(), TrainingListener.NONE);

    assertThrows(IOException.class, () -> training.train(PieceFile.read(pieceFile), 1));

    assertFalse(Files.exists(run.dir()), "no run folder");
    assertFalse(Files.exists(run.staging().dir()), "no staging folder");
  }

  @Test
  void samePieceAndSeedGiveIdenticalSnapshotsAndMetricsOnTheCpu(@TempDir Path tmp)
      throws Exception {
    Piece piece = TestPieces.tiny(3);
    RunFolder first = train(tmp.resolve("a"), piece);
    RunFolder second = train(tmp.resolve("b"), piece);
    for (Path snapshot : list(first.snapshots())) {
      assertArrayEquals(
          Files.readAllBytes(snapshot),
          Files.readAllBytes(second.snapshots().resolve(snapshot.getFileName())),
          snapshot.getFileName().toString());
    }
    List<String> a = Files.readAllLines(first.metrics());
    List<String> b = Files.readAllLines(second.metrics());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(MetricsLog.parse(a.get(i)).networks(), MetricsLog.parse(b.get(i)).networks());
    }
  }

  @Test
  void anotherSeedGivesOtherSnapshots(@TempDir Path tmp) throws Exception {
    RunFolder first = train(tmp.resolve("a"), TestPieces.tiny(3));
    RunFolder second = train(tmp.resolve("b"), TestPieces.tiny(3).withSeed(8));
    Path file = Path.of("000006-g1.png");
    assertTrue(
        !java.util.Arrays.equals(
            Files.readAllBytes(first.snapshots().resolve(file)),
            Files.readAllBytes(second.snapshots().resolve(file))));
  }

  private static List<Path> list(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
