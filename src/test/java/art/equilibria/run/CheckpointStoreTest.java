package art.equilibria.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import art.equilibria.TestPieces;
import art.equilibria.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {

  @Test
  void restoresNetworksAndOptimiserStateExactly(@TempDir Path tmp) throws IOException {
    CheckpointStore store = new CheckpointStore(tmp, 3);
    try (Trainer trained = new Trainer(TestPieces.tiny(3), Device.cpu());
        Trainer fresh = new Trainer(TestPieces.tiny(3), Device.cpu());
        NDManager m = NDManager.newBaseManager()) {
      for (int s = 0; s < 3; s++) {
        trained.step(s, 0);
      }
      Path file = store.save(meta(3), trained.ensemble().state(), trained.optimiserState());
      CheckpointStore.Checkpoint loaded = CheckpointStore.load(file, m);
      assertEquals(3, loaded.step());
      fresh.ensemble().load(loaded.networks());
      fresh.restoreOptimisers(loaded.optimiser(), trained.optimiserUpdates());
      assertSame(trained.ensemble().state(), fresh.ensemble().state());
      assertSame(trained.optimiserState(), fresh.optimiserState());
      // And the next step is the same as if training had not stopped.
      assertEquals(trained.step(3, 0).networks(), fresh.step(3, 0).networks());
    }
  }

  private static void assertSame(ai.djl.ndarray.NDList expected, ai.djl.ndarray.NDList actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      NDArray e = expected.get(i);
      assertEquals(e.getName(), actual.get(i).getName());
      assertArrayEquals(e.toFloatArray(), actual.get(i).toFloatArray(), 0f, e.getName());
    }
  }

  @Test
  void aTruncatedCheckpointIsNamedInTheError(@TempDir Path tmp) throws IOException {
    CheckpointStore store = new CheckpointStore(tmp, 3);
    try (NDManager m = NDManager.newBaseManager()) {
      ai.djl.ndarray.NDList list = new ai.djl.ndarray.NDList(m.arange(1000f));
      list.get(0).setName("x");
      Path file = store.save(meta(1), list, list);
      byte[] bytes = Files.readAllBytes(file);
      Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
      IOException e = assertThrows(IOException.class, () -> CheckpointStore.load(file, m));
      assertTrue(e.getMessage().contains("step-000001.ckpt"), e.getMessage());
    }
  }

  @Test
  void aCheckpointThatFailsMidWriteLeavesThePreviousOneWhole(@TempDir Path tmp) throws IOException {
    CheckpointStore store = new CheckpointStore(tmp, 1);
    try (NDManager m = NDManager.newBaseManager()) {
      ai.djl.ndarray.NDList good = new ai.djl.ndarray.NDList(m.arange(100f));
      good.get(0).setName("x");
      Path first = store.save(meta(1), good, good);
      byte[] before = Files.readAllBytes(first);
      // An array freed before it is written fails the write halfway, as a full disk would.
      ai.djl.ndarray.NDArray freed = m.arange(100f);
      freed.setName("x");
      freed.close();
      ai.djl.ndarray.NDList broken = new ai.djl.ndarray.NDList(freed);
      assertThrows(Exception.class, () -> store.save(meta(2), good, broken));
      assertArrayEquals(before, Files.readAllBytes(first));
      assertEquals(List.of(first), store.list()); // not pruned, no partial file listed
      try (var files = Files.list(tmp)) {
        assertEquals(1, files.count(), "a temporary file was left behind");
      }
    }
  }

  @Test
  void aFlippedByteThatStillReadsFailsItsChecksum(@TempDir Path tmp) throws IOException {
    try (NDManager m = NDManager.newBaseManager()) {
      ai.djl.ndarray.NDList list =
          new ai.djl.ndarray.NDList(m.full(new ai.djl.ndarray.types.Shape(64), 0.5f));
      list.get(0).setName("x");
      Path file = tmp.resolve("step-000001.ckpt");
      byte[] bytes = storedCheckpoint(list);
      // The last byte of the stored networks is a float's: flipped, the array still decodes.
      int last = indexOf(bytes, list.encode()) + list.encode().length - 1;
      bytes[last] ^= 0x01;
      Files.write(file, bytes);
      IOException e = assertThrows(IOException.class, () -> CheckpointStore.load(file, m));
      assertTrue(e.getMessage().contains("step-000001.ckpt"), e.getMessage());
    }
  }

  /**
   * A checkpoint whose entries are stored, not deflated, so their bytes can be found and changed.
   */
  private static byte[] storedCheckpoint(ai.djl.ndarray.NDList list) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      for (String name : List.of("meta.json", "networks.ndlist", "optimiser.ndlist")) {
        byte[] content = name.endsWith(".json") ? "{}".getBytes() : list.encode();
        java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(name);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(content);
        entry.setMethod(java.util.zip.ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
      }
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }

  @Test
  void stepsPastAMillionAreNewerThanTheStepsBefore(@TempDir Path tmp) throws IOException {
    CheckpointStore store = new CheckpointStore(tmp, 2);
    try (NDManager m = NDManager.newBaseManager()) {
      ai.djl.ndarray.NDList list =
          new ai.djl.ndarray.NDList(m.zeros(new ai.djl.ndarray.types.Shape(1)));
      for (long step : new long[] {999_999, 1_000_000, 1_000_001}) {
        store.save(meta(step), list, list);
      }
      assertEquals(
          List.of(1_000_000L, 1_000_001L),
          store.list().stream().map(CheckpointStore::stepOf).toList());
      assertEquals(1_000_001, CheckpointStore.stepOf(store.latest().orElseThrow()));
    }
  }

  @Test
  void keepsOnlyTheNewest(@TempDir Path tmp) throws IOException {
    CheckpointStore store = new CheckpointStore(tmp, 2);
    try (NDManager m = NDManager.newBaseManager()) {
      ai.djl.ndarray.NDList list =
          new ai.djl.ndarray.NDList(m.zeros(new ai.djl.ndarray.types.Shape(1)));
      for (long step : new long[] {1, 2, 3}) {
        store.save(meta(step), list, list);
      }
      assertEquals(2, store.list().size());
      assertEquals(3, CheckpointStore.stepOf(store.latest().orElseThrow()));
    }
  }

  private static CheckpointMeta meta(long step) {
    return new CheckpointMeta(step, 0, 0, 1, 0, Map.of());
  }
}
