package art.equilibria.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;
import art.equilibria.TestPieces;
import art.equilibria.loss.LossTerm;
import art.equilibria.loss.LossTerms;
import art.equilibria.loss.TermOptions;
import art.equilibria.nn.Ensemble;
import art.equilibria.nn.Parameters;
import art.equilibria.piece.NetworkKind;
import art.equilibria.piece.Piece;
import art.equilibria.sampling.LatentStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A term's gradient reaches the network it trains, and no other. */
class GradientIsolationTest {

  static Stream<Arguments> termsAndNetworks() {
    List<Arguments> cases = new ArrayList<>();
    for (LossTerm term : LossTerms.installed().all()) {
      if (term.trains().contains(NetworkKind.GENERATOR)) {
        cases.add(Arguments.of(term.name(), "g1"));
        cases.add(Arguments.of(term.name(), "g2"));
      }
      if (term.trains().contains(NetworkKind.DISCRIMINATOR)) {
        cases.add(Arguments.of(term.name(), "d"));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} trains {1} only")
  @MethodSource("termsAndNetworks")
  void gradientReachesOnlyTheTrainedNetwork(String termName, String trained) {
    Piece piece = TestPieces.tiny(4);
    LossTerm term = LossTerms.installed().get(termName);
    try (Ensemble ensemble = new Ensemble(piece, Device.cpu());
        NDScope scope = new NDScope()) {
      ensemble.trainOnly(trained);
      NDArray z = new LatentStream(1, 16).batch(ensemble.manager(), 1, 0, 4);
      UpdateInputs in =
          new UpdateInputs(ensemble, z, piece.schedule().growthAt(5), trained, 1, List.of(term));
      try (GradientCollector c = Engine.getInstance().newGradientCollector()) {
        c.backward(term.compute(in, TermOptions.NONE));
      }
      for (Map.Entry<String, Parameters> e : ensemble.parameters().entrySet()) {
        double energy = gradientEnergy(e.getValue());
        if (e.getKey().equals(trained)) {
          assertTrue(energy > 0, termName + " sent no gradient to " + trained);
        } else {
          assertFalse(energy > 0, termName + " sent gradient to " + e.getKey());
        }
      }
    }
  }

  /** Sum of squared gradients; arrays that never recorded one count as zero. */
  private static double gradientEnergy(Parameters params) {
    params.requireGradients(true);
    double sum = 0;
    for (NDArray p : params.trainable().values()) {
      sum += p.getGradient().square().sum().getFloat();
    }
    return sum;
  }
}
