package art.equilibria.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pure diversity of small sets worked out by hand: links of the greedy tree, summed. */
class PureDiversityTest {
  private NDManager manager;

  @BeforeEach
  void open() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    manager.close();
  }

  /** Points on a line: with one feature the dissimilarity is the plain distance. */
  private double line(float... xs) {
    return PureDiversity.ofFeatures(manager.create(xs, new Shape(xs.length, 1)));
  }

  @Test
  void copiesOfOnePointScoreNothing() {
    assertEquals(0, line(2, 2, 2, 2), 0);
    assertEquals(0, line(7), 0);
    NDArray grey = HandMade.flat(manager, 8, 8, 100, 100, 100);
    assertEquals(0, PureDiversity.of(grey.concat(grey).concat(grey)), 0);
  }

  @Test
  void collinearPointsAreLinkedFarthestFirst() {
    // 3's nearest, 1, is 2 away: linked first. Then 0 and 1, 1 apart. Total 3 (the recursion's
    // maximum would be 4: the greedy's, as the standard implementation, is what is kept).
    assertEquals(3, line(0, 1, 3), 1e-6);
    // 10 to 2 (8), then 0 to 1 (1); 1's nearest, 0, is then in its own group, so it links to 2.
    assertEquals(10, line(0, 1, 2, 10), 1e-6);
  }

  @Test
  void aLinkThatWouldCloseACycleIsStruckOut() {
    // Two pairs 4 apart: 0-1 first; 1's nearest, 0, is then struck out and 1 links to 5 (4);
    // then 5-6. Without striking out, 1-0 would be counted twice and the pairs never joined.
    assertEquals(6, line(0, 1, 5, 6), 1e-6);
    assertEquals(6, line(6, 5, 1, 0), 1e-6);
  }

  @Test
  void theDissimilarityIsAPowerMeanOfTheFeatureDifferences() {
    // Every feature 0.5 apart: 0.5, whatever the feature count.
    float[] two = {0, 0, 0, 0, 0.5f, 0.5f, 0.5f, 0.5f};
    assertEquals(0.5, PureDiversity.ofFeatures(manager.create(two, new Shape(2, 4))), 1e-5);
    // One feature of two differs, by 1: ((1^0.1 + 0) / 2)^10 = 1 / 1024. PlatEMO's un-divided
    // norm would give 1; this is that figure divided by 2^10.
    float[] one = {0, 0, 1, 0};
    assertEquals(1 / 1024.0, PureDiversity.ofFeatures(manager.create(one, new Shape(2, 2))), 1e-8);
  }

  @Test
  void picturesAreComparedAsSignedLevels() {
    NDArray black = HandMade.flat(manager, 32, 32, 0, 0, 0);
    NDArray white = HandMade.flat(manager, 32, 32, 255, 255, 255);
    // Black is -1 and white 1 in every feature: 2 apart.
    assertEquals(2, PureDiversity.of(black.concat(white)), 1e-4);
    // A third copy of black adds a link of 0.
    assertEquals(2, PureDiversity.of(black.concat(white).concat(black)), 1e-4);
  }

  @Test
  void manyPointsAreComparedInBlocksWithTheSameResult() {
    // 300 points of 64 features: more than one block of rows on the device. On a line through
    // them with steps of 1 per feature, each nearest neighbour is the next point: 299 links of 1.
    int n = 300;
    int k = 64;
    float[] xs = new float[n * k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        xs[i * k + j] = i;
      }
    }
    assertEquals(n - 1, PureDiversity.ofFeatures(manager.create(xs, new Shape(n, k))), 1e-2);
  }
}
