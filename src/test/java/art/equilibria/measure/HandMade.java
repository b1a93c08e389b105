package art.equilibria.measure;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.function.IntBinaryOperator;

/** Small pictures made by hand, as 1 x 3 x H x W display levels. */
final class HandMade {
  private HandMade() {}

  /** One picture of h x w pixels from per-pixel RGB triples, row by row. */
  static NDArray picture(NDManager manager, int h, int w, float... rgb) {
    float[] planar = new float[rgb.length];
    int pixels = h * w;
    for (int p = 0; p < pixels; p++) {
      for (int c = 0; c < 3; c++) {
        planar[c * pixels + p] = rgb[p * 3 + c];
      }
    }
    return manager.create(planar, new Shape(1, 3, h, w));
  }

  /** A picture of one colour. */
  static NDArray flat(NDManager manager, int h, int w, float r, float g, float b) {
    float[] rgb = new float[h * w * 3];
    for (int p = 0; p < h * w; p++) {
      rgb[p * 3] = r;
      rgb[p * 3 + 1] = g;
      rgb[p * 3 + 2] = b;
    }
    return picture(manager, h, w, rgb);
  }

  /** A grey picture whose level at row y, column x is {@code level(y, x)}. */
  static NDArray grey(NDManager manager, int h, int w, IntBinaryOperator level) {
    float[] rgb = new float[h * w * 3];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        for (int c = 0; c < 3; c++) {
          rgb[(y * w + x) * 3 + c] = level.applyAsInt(y, x);
        }
      }
    }
    return picture(manager, h, w, rgb);
  }

  /** Pictures of one size as one batch. */
  static NDArray batch(NDArray... pictures) {
    NDArray all = pictures[0];
    for (int i = 1; i < pictures.length; i++) {
      all = all.concat(pictures[i]);
    }
    return all;
  }
}
