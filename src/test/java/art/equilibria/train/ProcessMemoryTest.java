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
    // Arrays of earlier tests may be freed by a cleaner thread at the same moment, which hides
    // part of the growth from one try: the best of three is judged.
    double grew = 0;
    double shrank = 0;
    try (NDManager manager = NDManager.newBaseManager()) {
      for (int attempt = 0; attempt < 3; attempt++) {
        double before = ProcessMemory.nativeHeapMb();
        assertFalse(Double.isNaN(before), "no native heap figure on this machine");
        NDArray big = manager.ones(new Shape(25, 1024, 1024)); // 100 MiB of float32
        double during = ProcessMemory.nativeHeapMb();
        big.close();
        double after = ProcessMemory.nativeHeapMb();
        grew = Math.max(grew, during - before);
        shrank = Math.max(shrank, during - after);
      }
    }
    assertTrue(grew > 95, "made 100 MiB, native heap grew " + grew);
    assertTrue(shrank > 95, "freed 100 MiB, native heap shrank " + shrank);
  }
}
