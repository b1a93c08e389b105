package art.equilibria.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.image.Images;
import java.awt.image.BufferedImage;
import java.util.List;

/** Checks on consecutive frames of a loop. */
public final class Seams {
  private Seams() {}

  /**
   * Asserts that the step from the last frame back to the first is an ordinary step. A loop that
   * repeats its first frame at the end (the end point included) has a seam near zero; a path that
   * is not periodic jumps. So the seam must be above half the smallest step and below one and a
   * half times the largest of its neighbours (the two steps before it, the one after).
   */
  public static void assertSeamless(List<BufferedImage> frames) {
    int n = frames.size();
    double[] steps = new double[n];
    for (int i = 0; i < n; i++) {
      steps[i] = difference(frames.get(i), frames.get((i + 1) % n));
    }
    double seam = steps[n - 1];
    double smallest = Double.MAX_VALUE;
    for (int i = 0; i < n - 1; i++) {
      smallest = Math.min(smallest, steps[i]);
    }
    double neighbours = Math.max(Math.max(steps[n - 2], steps[n - 3]), steps[0]);
    String all = java.util.Arrays.toString(steps);
    assertTrue(seam > 0.5 * smallest, "the loop repeats a frame at the seam: " + all);
    assertTrue(seam < 1.5 * neighbours, "the loop jumps at the seam: " + all);
  }

  /** Mean absolute difference of the RGB channels, 0 to 255. */
  public static double difference(BufferedImage a, BufferedImage b) {
    return Images.meanDifference(a, b);
  }
}
