package art.equilibria.render.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsTest {

  @Test
  void rangesFollowOneAnotherAndCoverEveryFrame() {
    assertEquals(
        List.of(new Segments.Range(0, 3), new Segments.Range(3, 4), new Segments.Range(7, 4)),
        Segments.of(11, 3, 1));
  }

  @Test
  void everyRangeStartsOnAKeyFrameOfASingleRender() {
    // 50 frames, a key frame every 8: ranges of whole groups, the last one short.
    List<Segments.Range> ranges = Segments.of(50, 3, 8);
    assertEquals(
        List.of(new Segments.Range(0, 16), new Segments.Range(16, 16), new Segments.Range(32, 18)),
        ranges);
  }

  @Test
  void aVideoWithFewerKeyFramesThanSegmentsGetsOneSegmentEach() {
    assertEquals(
        List.of(new Segments.Range(0, 8), new Segments.Range(8, 4)), Segments.of(12, 5, 8));
  }

  @Test
  void nothingToCutIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Segments.of(0, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> Segments.of(10, 0, 1));
  }
}
