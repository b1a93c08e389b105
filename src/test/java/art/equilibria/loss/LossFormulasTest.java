package art.equilibria.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import art.equilibria.nn.Judgement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every built-in term against values worked out by hand. */
class LossFormulasTest {
  private static final double EPS = 1e-5;
  private NDManager m;

  @BeforeEach
  void open() {
    m = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    m.close();
  }

  private Judgement judgement(float[][] embedding, float[][] logits) {
    return new Judgement(m.create(embedding), m.create(logits));
  }

  private FixedInputs inputs(String trained, long step, Judgement j1, Judgement j2) {
    return new FixedInputs(
        trained, "d", List.of("g1", "g2"), step, Map.of(), Map.of("g1", j1, "g2", j2));
  }

  private static double value(NDArray scalar) {
    return scalar.getFloat();
  }

  @Test
  void colourVarianceIsBatchVarianceOfEveryPixelOverFourChannels() {
    // Batch of 2 one-pixel images. R: 0 and 2 (variance 1), G: 1 and 1 (0), B: -1 and 3 (4).
    NDArray images = m.create(new float[] {0, 1, -1, 2, 1, 3}, new Shape(2, 3, 1, 1));
    float[] channels = ColourVariance.channels(images).toFloatArray();
    assertEquals(5f / 3, channels[0], EPS); // whole tensor: mean of 1, 0, 4
    assertEquals(1f, channels[1], EPS);
    assertEquals(0f, channels[2], EPS);
    assertEquals(4f, channels[3], EPS);
    assertEquals(5f / 3 + 5, value(ColourVariance.of(images)), EPS);
  }

  @Test
  void colourVarianceRewardsMoreVarianceThanTheOther() {
    NDArray wide = m.create(new float[] {0, 1, -1, 2, 1, 3}, new Shape(2, 3, 1, 1));
    NDArray flat = m.zeros(new Shape(2, 3, 1, 1));
    FixedInputs in =
        new FixedInputs(
            "g1", "d", List.of("g1", "g2"), 0, Map.of("g1", wide, "g2", flat), Map.of());
    // g1 minimises -(Var_g1 - Var_g2).
    assertEquals(-(5.0 / 3 + 5), value(new ColourVariance().compute(in, TermOptions.NONE)), EPS);
  }

  @Test
  void cosineIsOneMinusCosineOfSameLatentEmbeddingsBatchMean() {
    float[][] logits = {{0, 0}, {0, 0}};
    Judgement j1 = judgement(new float[][] {{1, 0}, {1, 1}}, logits);
    Judgement j2 = judgement(new float[][] {{0, 2}, {2, 2}}, logits);
    // Row 0: orthogonal, distance 1. Row 1: parallel, distance 0. Mean 0.5.
    assertEquals(0.5, value(new Cosine().compute(inputs("g1", 0, j1, j2), TermOptions.NONE)), EPS);
  }

  @Test
  void euclideanIsL2DistanceOfSameLatentEmbeddingsBatchMean() {
    float[][] logits = {{0, 0}, {0, 0}};
    Judgement j1 = judgement(new float[][] {{0, 0}, {1, 1}}, logits);
    Judgement j2 = judgement(new float[][] {{3, 4}, {1, 1}}, logits);
    // Row 0: 5. Row 1: 0 (the floor under the root adds 1e-4). Mean 2.5.
    assertEquals(
        2.5, value(new Euclidean().compute(inputs("g1", 0, j1, j2), TermOptions.NONE)), 1e-3);
  }

  @Test
  void adversarialTrainsEachGeneratorToPassAsTheOther() {
    float[][] embedding = {{0}};
    // log_softmax([ln 3, 0]) = [ln 0.75, ln 0.25]
    Judgement j1 = judgement(embedding, new float[][] {{(float) Math.log(3), 0}});
    Judgement j2 = judgement(embedding, new float[][] {{0, 0}});
    double g1 = value(new Adversarial().compute(inputs("g1", 0, j1, j2), TermOptions.NONE));
    assertEquals(-Math.log(0.25), g1, EPS); // g1's image should be called g2's
    double d = value(new Adversarial().compute(inputs("d", 0, j1, j2), TermOptions.NONE));
    assertEquals((-Math.log(0.75) - Math.log(0.5)) / 2, d, EPS); // D: each its own class
  }

  @Test
  void diametricClassifiesCorrectlyOnEvenStepsAndWronglyOnOdd() {
    float[][] embedding = {{0}};
    Judgement j1 = judgement(embedding, new float[][] {{(float) Math.log(3), 0}});
    Judgement j2 = judgement(embedding, new float[][] {{0, 0}});
    double even = value(new Diametric().compute(inputs("d", 4, j1, j2), TermOptions.NONE));
    double odd = value(new Diametric().compute(inputs("d", 5, j1, j2), TermOptions.NONE));
    assertEquals((-Math.log(0.75) - Math.log(0.5)) / 2, even, EPS);
    assertEquals((-Math.log(0.25) - Math.log(0.5)) / 2, odd, EPS);
  }

  @Test
  void tripletComparesSameLatentWithOtherLatentByMargin() {
    float[][] logits = {{0, 0}, {0, 0}};
    Judgement anchor = judgement(new float[][] {{0, 0}, {10, 0}}, logits);
    Judgement other = judgement(new float[][] {{0, 1}, {10, 3}}, logits);
    // Row 0: d(a,p)=1, negative is row 1 of other: d=sqrt(109). relu(1 - 10.44 + 1) = 0.
    // Row 1: d(a,p)=3, negative is row 0 of other: d=sqrt(101)=10.05. relu(3 - 10.05 + 1) = 0.
    // With margin 10: row 0: 1 - 10.440 + 10 = 0.560; row 1: 3 - 10.050 + 10 = 2.950.
    TermOptions margin = new TermOptions(Map.of("margin", 10));
    double expected = ((1 - Math.sqrt(109) + 10) + (3 - Math.sqrt(101) + 10)) / 2;
    assertEquals(
        0, value(new Triplet().compute(inputs("g1", 0, anchor, other), TermOptions.NONE)), 1e-3);
    assertEquals(
        expected, value(new Triplet().compute(inputs("g1", 0, anchor, other), margin)), 1e-3);
  }

  @Test
  void contrastivePullsPairsAndPushesNonPairsBeyondMargin() {
    float[][] logits = {{0, 0}, {0, 0}};
    Judgement anchor = judgement(new float[][] {{0, 0}, {1, 0}}, logits);
    Judgement other = judgement(new float[][] {{0, 1}, {1, 0}}, logits);
    // Row 0: d(a,p)=1, d(a,n)=d((0,0),(1,0))=1: 1 + relu(2-1)^2 = 2.
    // Row 1: d(a,p)=0, d(a,n)=d((1,0),(0,1))=sqrt 2: 0 + (2-1.414)^2 = 0.343.
    TermOptions margin = new TermOptions(Map.of("margin", 2));
    double expected = (2 + Math.pow(2 - Math.sqrt(2), 2)) / 2;
    assertEquals(
        expected, value(new Contrastive().compute(inputs("g1", 0, anchor, other), margin)), 1e-3);
  }

  @Test
  void builtInTermsAreRegisteredByName() {
    assertEquals(
        List.of(
            "adversarial",
            "colour-variance",
            "contrastive",
            "cosine",
            "diametric",
            "euclidean",
            "triplet"),
        LossTerms.installed().names());
  }
}
