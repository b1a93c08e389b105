package art.equilibria.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import art.equilibria.TestPieces;
import art.equilibria.image.ToneMap;
import art.equilibria.measure.Measure;
import art.equilibria.measure.Measures;
import art.equilibria.nn.Ensemble;
import art.equilibria.piece.Piece;
import art.equilibria.qd.archive.Range;
import art.equilibria.sampling.Sampler;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatentEvaluatorTest {
  /**
   * The gradients CMA-MAEGA follows are those of the numbers the archive keeps: each row of the
   * Jacobian agrees with central differences of the evaluation itself. A stretch tone map keeps the
   * tiny generator's values inside the display range, where levels are differentiable.
   */
  @Test
  void gradientsThroughTheGeneratorAgreeWithFiniteDifferences() {
    Piece piece = TestPieces.tiny(4);
    try (Ensemble ensemble = new Ensemble(piece, Device.cpu())) {
      ensemble.freeze();
      Sampler sampler =
          new Sampler(ensemble.generator("g1"), piece.schedule().growthAt(0), null, 1);
      ToneMap wide =
          new ToneMap(piece.render().display(), new double[] {-8, -8, -8}, new double[] {8, 8, 8});
      Measure colourfulness = Measures.installed().all().get("colourfulness");
      Measure brightness = Measures.installed().all().get("brightness");
      LatentEvaluator evaluator =
          new LatentEvaluator(
              sampler,
              wide,
              List.of(colourfulness, brightness),
              new Objective(
                  Typicality.fit(
                      ensemble.generator("g1"),
                      LatentSearch.gaussian(new SplittableRandom(1), 64, 16),
                      ensemble.manager()),
                  brightness,
                  new Range(0, 255)),
              ensemble.manager());
      assertTrue(evaluator.differentiable());
      int d =
          piece.generators().stream()
              .findFirst()
              .map(g -> piece.generator(g).latent())
              .orElseThrow();
      double[][] z = LatentSearch.gaussian(new SplittableRandom(3), 2, d);
      Evaluation at = evaluator.withGradients(z);
      double h = 3e-3;
      for (int coordinate : new int[] {0, 5, d - 1}) {
        double[][] up = copy(z);
        double[][] down = copy(z);
        up[1][coordinate] += h;
        down[1][coordinate] -= h;
        Evaluation a = evaluator.evaluate(up);
        Evaluation b = evaluator.evaluate(down);
        double[] numeric = {
          (a.objectives()[1] - b.objectives()[1]) / (2 * h),
          (a.measures()[1][0] - b.measures()[1][0]) / (2 * h),
          (a.measures()[1][1] - b.measures()[1][1]) / (2 * h)
        };
        for (int q = 0; q < 3; q++) {
          double analytic = at.jacobians()[1][q][coordinate];
          // float32 through a network: a smaller step drowns in rounding (brightness sits near
          // 128 levels), a larger one in curvature (colourfulness near grey); at 0.003 both stay
          // within a few percent, so 10% still catches a wrong sign, factor or missing path.
          double scale = Math.max(1e-3, Math.abs(numeric[q]));
          assertEquals(numeric[q], analytic, 0.1 * scale, "quantity " + q + " at z" + coordinate);
        }
      }
    }
  }

  private static double[][] copy(double[][] z) {
    double[][] out = new double[z.length][];
    for (int i = 0; i < z.length; i++) {
      out[i] = z[i].clone();
    }
    return out;
  }
}
