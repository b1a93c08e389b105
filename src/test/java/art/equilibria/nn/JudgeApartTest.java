package art.equilibria.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import art.equilibria.TestPieces;
import art.equilibria.piece.Growth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batches judged in one pass are judged as each would be alone. */
class JudgeApartTest {

  private static void assertSame(Judgement alone, Judgement together) {
    assertArrayEquals(alone.logits().toFloatArray(), together.logits().toFloatArray(), 1e-5f);
    assertArrayEquals(alone.embedding().toFloatArray(), together.embedding().toFloatArray(), 1e-5f);
    assertEquals(alone.logits().getShape(), together.logits().getShape());
  }

  @Test
  void eachBatchIsJudgedAsAloneWithItsOwnMinibatchDeviation() {
    for (Growth growth : List.of(new Growth(1, 16, 1.0), new Growth(1, 16, 0.4))) {
      try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu());
          NDScope scope = new NDScope()) {
        e.freeze();
        // Batches of very different spread: one deviation over both would judge each otherwise.
        NDArray calm = e.manager().randomNormal(new Shape(4, 3, 16, 16));
        NDArray wild = calm.mul(6f).add(2f).flip(0);
        Discriminator d = e.discriminator();
        List<Judgement> together = d.judgeApart(List.of(calm, wild), growth);
        assertSame(d.judge(calm, growth), together.get(0));
        assertSame(d.judge(wild, growth), together.get(1));
      }
    }
  }
}
