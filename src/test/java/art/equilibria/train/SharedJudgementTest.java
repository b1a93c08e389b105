package art.equilibria.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import art.equilibria.TestPieces;
import art.equilibria.loss.Diametric;
import art.equilibria.loss.LossTerm;
import art.equilibria.nn.Ensemble;
import art.equilibria.nn.NoiseMode;
import art.equilibria.piece.Growth;
import art.equilibria.sampling.LatentStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The judgements an update's terms name are made in one pass, the same whatever reads first. */
class SharedJudgementTest {
  private static final Growth AT_16 = new Growth(1, 16, 1.0);

  private static float[] logits(List<LossTerm> terms, List<String> readOrder, String of) {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu());
        NDScope scope = new NDScope()) {
      e.trainOnly("d");
      NDArray z = new LatentStream(3, 16).batch(e.manager(), 0, 0, 4);
      UpdateInputs in = new UpdateInputs(e, z, AT_16, "d", 0, terms);
      readOrder.forEach(in::judgement);
      return in.judgement(of).logits().toFloatArray();
    }
  }

  private static float[] alone(String of) {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu());
        NDScope scope = new NDScope()) {
      e.trainOnly("d");
      NDArray z = new LatentStream(3, 16).batch(e.manager(), 0, 0, 4);
      NDArray images = e.generator(of).generate(z, AT_16, NoiseMode.RANDOM);
      return e.discriminator().judge(images, AT_16).logits().toFloatArray();
    }
  }

  @Test
  void theOrderTheJudgementsAreReadInChangesNothing() {
    List<LossTerm> diametric = List.of(new Diametric());
    assertArrayEquals(
        logits(diametric, List.of("g1", "g2"), "g2"),
        logits(diametric, List.of("g2", "g1"), "g2"),
        0f);
  }

  @Test
  void judgedTogetherOrAloneTheyAgree() {
    for (String g : List.of("g1", "g2")) {
      assertArrayEquals(alone(g), logits(List.of(new Diametric()), List.of(g), g), 1e-5f);
      assertArrayEquals(alone(g), logits(List.of(), List.of(g), g), 0f);
    }
  }
}
