package art.equilibria.piece;

import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.TestPieces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MemoryEstimateTest {
  private static Piece piece(String file) throws PieceException {
    return PieceReader.read(Path.of(file), FakeTerms.CATALOGUE);
  }

  private static Piece withSchedule(Piece p, int finalResolution, int batch) {
    Schedule s = p.schedule();
    return TestPieces.with(
        p,
        new Schedule(
            s.startResolution(),
            finalResolution,
            s.stepsPerStage(),
            s.fade(),
            batch,
            s.optimiser()));
  }

  @Test
  void growsWithBatchAndResolution() throws PieceException {
    Piece demo = piece("pieces/demo.yaml");
    long base = MemoryEstimate.bytes(demo);
    assertTrue(MemoryEstimate.bytes(withSchedule(demo, 128, 16)) > base);
    assertTrue(MemoryEstimate.bytes(withSchedule(demo, 256, 8)) > base);
  }

  @Test
  void theDemoFitsALaptopAndSeriesOneNeedsAGpu() throws PieceException {
    // The demo measured 1105 MiB at its peak (BENCHMARKS.md).
    assertTrue(MemoryEstimate.bytes(piece("pieces/demo.yaml")) < 2L << 30);
    assertTrue(MemoryEstimate.bytes(piece("pieces/series1-cosine-cosine.yaml")) > 8L << 30);
  }
}
