package art.equilibria.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import art.equilibria.TestPieces;
import art.equilibria.nn.Ensemble;
import art.equilibria.piece.Growth;
import art.equilibria.piece.Piece;
import art.equilibria.sampling.LatentStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An update's FLOPs: forward passes once, plus backward twice over for the trained network and once
 * for a network that only passes the gradient back to it.
 */
class UpdateFlopsTest {
  private final Piece piece = TestPieces.tiny(4);
  private final Growth growth = new Growth(0, 8, 1.0);

  @Test
  void generatorUpdateCountsItsBackwardAndTheDiscriminatorsInputGradient() {
    try (Ensemble e = new Ensemble(piece, Device.cpu());
        NDScope scope = new NDScope()) {
      UpdateInputs in = inputs(e, "g1");
      in.judgement("g1");
      in.images("g2"); // read but not trained: forward only
      long g = e.generator("g1").flops(4, growth);
      long d = e.discriminator().flops(4, growth);
      assertEquals(3 * g + 2 * d + g, in.flops());
    }
  }

  @Test
  void discriminatorUpdateCountsItsBackwardButNoneThroughTheGenerators() {
    try (Ensemble e = new Ensemble(piece, Device.cpu());
        NDScope scope = new NDScope()) {
      UpdateInputs in = inputs(e, "d");
      in.judgement("g1");
      in.judgement("g2");
      long g = e.generator("g1").flops(4, growth);
      long d = e.discriminator().flops(4, growth);
      assertEquals(2 * g + 2 * 3 * d, in.flops());
    }
  }

  private UpdateInputs inputs(Ensemble e, String trained) {
    e.trainOnly(trained);
    NDArray z = new LatentStream(1, 16).batch(e.manager(), 0, 0, 4);
    return new UpdateInputs(e, z, growth, trained, 0, List.of());
  }
}
