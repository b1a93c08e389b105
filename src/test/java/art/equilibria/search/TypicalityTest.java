package art.equilibria.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import art.equilibria.TestPieces;
import art.equilibria.nn.Ensemble;
import art.equilibria.nn.Generator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The typicality a search and a descent both fit: one fitting, one sample size. */
class TypicalityTest {
  @Test
  void aSeedsFitIsThatOfTheSearchsPilotOfTheSameSeed() {
    try (Ensemble ensemble = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      ensemble.freeze();
      Generator g = ensemble.generator("g1");
      int d = g.spec().latent();
      Typicality bySeed = Typicality.fit(g, 7, ensemble.manager());
      Typicality byPilot =
          Typicality.fit(
              g,
              LatentSearch.gaussian(new SplittableRandom(7), LatentSearch.PILOT, d),
              ensemble.manager());
      assertArrayEquals(byPilot.mean(), bySeed.mean(), 0f);
      assertEquals(byPilot.spread(), bySeed.spread(), 0);
      Typicality fewer =
          Typicality.fit(
              g, LatentSearch.gaussian(new SplittableRandom(7), 64, d), ensemble.manager());
      assertNotEquals(fewer.spread(), bySeed.spread(), "fitted on all 512, not on 64");
    }
  }

  @Test
  void theMeanWIsFullyTypicalAndAFarWIsNot() {
    try (Ensemble ensemble = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      ensemble.freeze();
      Typicality t = Typicality.fit(ensemble.generator("g1"), 0, ensemble.manager());
      int k = t.mean().length;
      float[] rows = new float[2 * k];
      System.arraycopy(t.mean(), 0, rows, 0, k);
      // Three times the usual distance along the first axis: q = 9, typicality exp(-8).
      System.arraycopy(t.mean(), 0, rows, k, k);
      rows[k] += (float) (3 * Math.sqrt(t.spread()));
      NDArray w = ensemble.manager().create(rows, new Shape(2, k));
      float[] typical = t.of(w).toFloatArray();
      assertEquals(1, typical[0], 1e-6);
      assertEquals(Math.exp(-8), typical[1], 1e-4);
    }
  }
}
