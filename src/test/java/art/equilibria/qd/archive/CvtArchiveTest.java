package art.equilibria.qd.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CvtArchiveTest {
  private static final List<Range> BOX = List.of(new Range(-1, 1), new Range(0, 4));

  /** k-means takes a while: the tests that only read the centroids share one tessellation. */
  private static final CvtArchive SHARED = cvt(100, 5);

  private static CvtArchive cvt(int cells, long seed) {
    return new CvtArchive(3, cells, BOX, seed, Thresholds.ELITIST, 0);
  }

  @Test
  void aPointLandsInTheCellOfItsNearestCentroid() {
    CvtArchive archive = SHARED;
    double[][] centroids = archive.centroids();
    SplittableRandom random = new SplittableRandom(9);
    for (int t = 0; t < 2000; t++) {
      double[] p = {random.nextDouble(-1.5, 1.5), random.nextDouble(-0.5, 4.5)};
      int cell = archive.indexOf(p);
      double own = distance(centroids[cell], p);
      for (double[] c : centroids) {
        assertTrue(
            own <= distance(c, p), "a nearer centroid than the cell's for " + Arrays.toString(p));
      }
    }
    for (int c = 0; c < centroids.length; c++) {
      assertEquals(c, archive.indexOf(centroids[c]));
    }
  }

  private static double distance(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }

  @Test
  void centroidsAreReproducibleFromTheSeedAndDifferForAnother() {
    double[][] a = cvt(16, 1).centroids();
    double[][] b = cvt(16, 1).centroids();
    double[][] c = cvt(16, 2).centroids();
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i]);
    }
    assertFalse(Arrays.deepEquals(a, c));
  }

  @Test
  void centroidsSpreadEvenlyOverTheBox() {
    CvtArchive archive = SHARED;
    for (double[] c : archive.centroids()) {
      assertTrue(c[0] > -1 && c[0] < 1 && c[1] > 0 && c[1] < 4, Arrays.toString(c));
    }
    // Uniform points fill the cells about equally (200 each): random centroids would leave
    // some cells a tenth of that and others three times as much.
    int[] counts = new int[100];
    SplittableRandom random = new SplittableRandom(4);
    for (int t = 0; t < 20_000; t++) {
      counts[archive.indexOf(new double[] {random.nextDouble(-1, 1), random.nextDouble(0, 4)})]++;
    }
    for (int count : counts) {
      assertTrue(count > 60 && count < 400, "a cell drew " + count + " of 20 000 points");
    }
  }

  @Test
  void keepsTheBetterEliteOfEachCentroidsCell() {
    CvtArchive archive = cvt(50, 6);
    double[] m = archive.centroids()[7];
    List<AddResult> results =
        archive.add(
            new double[][] {{1, 1, 1}, {2, 2, 2}}, new double[] {5, 8}, new double[][] {m, m});
    assertEquals(
        List.of(new AddResult(AddStatus.NEW, 5), new AddResult(AddStatus.NEW, 8)), results);
    Elite elite = archive.elite(7).orElseThrow();
    assertEquals(8, elite.objective());
    assertEquals(0.02, archive.stats().coverage(), 1e-12);
  }

  @Test
  void tooFewCellsAreRefused() {
    String message =
        assertThrows(
                IllegalArgumentException.class,
                () -> new CvtArchive(3, 0, BOX, 1, Thresholds.ELITIST, 0))
            .getMessage();
    assertTrue(message.contains("at least 1 cell"), message);
  }
}
