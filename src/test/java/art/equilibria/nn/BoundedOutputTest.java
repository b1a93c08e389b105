package art.equilibria.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import art.equilibria.TestPieces;
import art.equilibria.piece.Growth;
import art.equilibria.sampling.LatentStream;
import org.junit.jupiter.api.Test;

/** A bounded output keeps its size by a saved scale, without changing the picture's shape. */
class BoundedOutputTest {
  private static final Growth AT_8 = new Growth(0, 8, 1.0);

  @Test
  void aBatchAboveTheBoundGrowsTheScaleThatDividesEveryLaterOutput() {
    try (Ensemble e = new Ensemble(TestPieces.tinyStyleGan1(4), Device.cpu())) {
      Generator g = e.generator("g1");
      NDArray z = new LatentStream(3, 16).fixed(e.manager(), 4);
      float[] before = g.generate(z, AT_8, NoiseMode.CONSTANT).toFloatArray();

      g.bound(0.5); // within the bound: nothing changes
      assertArrayEquals(before, g.generate(z, AT_8, NoiseMode.CONSTANT).toFloatArray(), 0f);

      g.bound(4); // a batch at RMS 4: every output is a quarter of what it was
      float[] after = g.generate(z, AT_8, NoiseMode.CONSTANT).toFloatArray();
      for (int i = 0; i < before.length; i++) {
        before[i] /= 4;
      }
      assertArrayEquals(before, after, 1e-6f);
    }
  }

  @Test
  void theScaleIsSavedWithTheNetwork() {
    try (Ensemble e = new Ensemble(TestPieces.tinyStyleGan1(4), Device.cpu())) {
      assertTrue(
          e.state().stream().anyMatch(a -> a.getName().equals("g1/synthesis.output-scale")),
          "the scale is in the checkpoint's arrays");
    }
  }
}
