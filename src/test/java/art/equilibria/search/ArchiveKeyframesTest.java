package art.equilibria.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.qd.archive.Elite;
import art.equilibria.qd.archive.Range;
import art.equilibria.qd.scheduler.Algorithm;
import art.equilibria.sampling.Keyframes;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveKeyframesTest {
  /** Elites at the corners of the unit square, in crossing order, and one in the middle. */
  private static final List<Elite> SQUARE =
      List.of(
          elite(0, 0, 0, 10),
          elite(1, 1, 1, 20),
          elite(2, 1, 0, 30),
          elite(3, 0, 1, 40),
          elite(4, 0.5, 0.5, 5));

  private static Elite elite(int cell, double a, double b, double objective) {
    return new Elite(new double[] {cell, -cell}, objective, new double[] {a, b}, cell);
  }

  private static ArchiveFile archive() {
    SearchSpec spec =
        new SearchSpec(
            "s", "g1", List.of("a", "b"), "typical", Algorithm.CMA_MAE, 2, 1, 3, 0, 1, null, null);
    SearchRecord record =
        new SearchRecord(
            spec,
            "run",
            1,
            List.of(new Range(0, 1), new Range(0, 1)),
            null,
            "finished",
            1,
            List.of(),
            null);
    return new ArchiveFile(record, SQUARE);
  }

  private static List<Integer> cells(Keyframes k) {
    return k.latents().stream().map(z -> (int) z[0]).toList();
  }

  @Test
  void aTourSpreadsOverTheArchiveAndNeverCrossesItself() {
    Keyframes k = ArchiveKeyframes.choose(archive(), "s:4", 6);
    List<Integer> tour = cells(k);
    assertEquals(4, tour.size());
    assertEquals(3, tour.get(0), "it starts at the best elite");
    assertTrue(!tour.contains(4), "the middle is nearest to all corners: left out");
    // Around the square: opposite corners (0 and 1, 2 and 3) are never neighbours.
    for (int i = 0; i < 4; i++) {
      int a = tour.get(i);
      int b = tour.get((i + 1) % 4);
      assertTrue(a + b != 1 && a + b != 5, "tour " + tour + " crosses the square");
    }
    assertTrue(k.source().startsWith("search:s (tour of 4 elites"), k.source());
    assertArrayEquals(new float[] {3, -3}, k.latents().get(0));
  }

  @Test
  void chosenCellsComeInTheOrderGivenAndWalksGoAlongTheirMeasure() {
    assertEquals(List.of(2, 0, 4), cells(ArchiveKeyframes.choose(archive(), "s:cells=2,0,4", 6)));
    List<Integer> along = cells(ArchiveKeyframes.choose(archive(), "s:along=a:2", 6));
    assertEquals(List.of(3, 2), along, "the best of the low half, then of the high half of a");
  }

  @Test
  void aChoiceThatCannotBeMadeSaysWhy() {
    assertEquals(
        "cell 9 of search s is empty; its cells are numbered in archive.csv",
        assertThrows(
                IllegalArgumentException.class,
                () -> ArchiveKeyframes.choose(archive(), "s:cells=0,9", 6))
            .getMessage());
    assertEquals(
        "along=c: search s measured a and b",
        assertThrows(
                IllegalArgumentException.class,
                () -> ArchiveKeyframes.choose(archive(), "s:along=c", 6))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ArchiveKeyframes.choose(archive(), "s:1", 6));
  }
}
