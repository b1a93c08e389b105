package art.equilibria.render.path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.sampling.LatentStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatentPathTest {
  private static final int SIZE = 32;
  private static final List<float[]> KEYS =
      List.of(
          LatentStream.ofSeed(1, SIZE), LatentStream.ofSeed(2, SIZE), LatentStream.ofSeed(3, SIZE));

  private static LatentPath path(String kind, boolean loop) {
    return Paths.create(kind, KEYS, Easing.NONE, loop, 5, SIZE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"slerp", "linear", "spline", "circle", "noise"})
  void loopingPathsEndWhereTheyStart(String kind) {
    LatentPath p = path(kind, true);
    assertArrayEquals(p.at(0), p.at(1), 1e-4f);
  }

  @ParameterizedTest
  @ValueSource(strings = {"slerp", "linear", "spline"})
  void keyframePathsPassThroughEveryKeyframe(String kind) {
    LatentPath loop = path(kind, true);
    for (int k = 0; k < KEYS.size(); k++) {
      assertArrayEquals(KEYS.get(k), loop.at(k / 3.0), 1e-4f, kind + " keyframe " + k);
    }
    LatentPath once = path(kind, false);
    assertArrayEquals(KEYS.get(0), once.at(0), 1e-5f);
    assertArrayEquals(KEYS.get(1), once.at(0.5), 1e-4f);
    assertArrayEquals(KEYS.get(2), once.at(1), 1e-5f);
  }

  @Test
  void slerpKeepsGaussianLatentsAtTheirTypicalLength() {
    double a = length(KEYS.get(0));
    double b = length(KEYS.get(1));
    double slerp = length(path("slerp", true).at(1 / 6.0));
    double linear = length(path("linear", true).at(1 / 6.0));
    // Independent latents are nearly orthogonal: the arc's midpoint keeps their root mean square
    // length, the chord's midpoint is shorter by about 1/sqrt 2.
    assertEquals(Math.sqrt((a * a + b * b) / 2), slerp, 0.1 * slerp);
    assertTrue(linear < 0.85 * slerp, linear + " vs " + slerp);
  }

  @Test
  void loopFramesExcludeTheEndPoint() {
    assertEquals(0.0, Paths.time(0, 4, true));
    assertEquals(0.75, Paths.time(3, 4, true));
    assertEquals(1.0, Paths.time(3, 4, false));
  }

  @Test
  void easingsKeepTheEnds() {
    for (Easing e : Easing.values()) {
      assertEquals(0, e.apply(0), 1e-12);
      assertEquals(1, e.apply(1), 1e-12);
    }
    assertEquals(Easing.EASE_IN_OUT, Easing.named("ease-in-out"));
  }

  private static double length(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
