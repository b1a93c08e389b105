package art.equilibria.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** The native heap figure follows libtorch's tensors: up when one is made, down when freed. */
class ProcessMemoryTest {

  @Test
  void nativeHeapCountsATensorWhileItLives() {
    try (NDManager manager = NDManager.newBaseManager()) {
      double before = ProcessMemory.nativeHeapMb();
      assertFalse(Double.isNaN(before), "no native heap figure on this machine");
      NDArray big = manager.ones(new Shape(25, 1024, 1024)); // 100 MiB of float32
      double during = ProcessMemory.nativeHeapMb();
      big.close();
      double after = ProcessMemory.nativeHeapMb();
      assertTrue(during - before > 95, "made 100 MiB, native heap grew " + (during - before));
      assertTrue(during - after > 95, "freed 100 MiB, native heap shrank " + (during - after));
    }
  }
}
