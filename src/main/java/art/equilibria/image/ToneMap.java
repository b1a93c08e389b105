package art.equilibria.image;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import art.equilibria.nn.Tensors;
import art.equilibria.piece.Display;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed mapping of a generator's values to display levels, per colour channel: {@code low}
 * becomes 0, {@code high} becomes 255, values beyond are clipped. Fixed for a whole render, so
 * frames never flicker, and written into its record. Serialisable: the segments of a video rendered
 * on other machines are given their video's.
 *
 * @param display the choice it implements
 * @param low the value shown black, per channel (R, G, B)
 * @param high the value shown at full intensity, per channel
 */
public record ToneMap(Display display, double[] low, double[] high) implements Serializable {
  /** The share of values below the black point and above the white point in a stretch. */
  public static final double TAIL = 0.005;

  /** Values sampled for the percentiles: a sort of this many is quick on any device. */
  private static final long MAX_SAMPLES = 1 << 20;

  /** The artwork's mapping: [-1, 1] to 0..255. */
  public static final ToneMap CLAMP =
      new ToneMap(Display.CLAMP, new double[] {-1, -1, -1}, new double[] {1, 1, 1});

  /** The mapping a display choice makes of these images (N x 3 x H x W). */
  public static ToneMap measure(Display display, NDArray images) {
    return switch (display) {
      case CLAMP -> CLAMP;
      case STRETCH -> {
        double[] ends = ends(images);
        yield new ToneMap(display, filled(ends[0]), filled(ends[1]));
      }
      case STRETCH_CHANNELS -> {
        double[] low = new double[3];
        double[] high = new double[3];
        for (int c = 0; c < 3; c++) {
          double[] ends = ends(images.get(new NDIndex(":, {}", c)));
          low[c] = ends[0];
          high[c] = ends[1];
        }
        yield new ToneMap(display, low, high);
      }
    };
  }

  /** The values at the two tails' edges; a flat output gets a range centred on its value. */
  private static double[] ends(NDArray values) {
    NDArray sorted = strided(values, MAX_SAMPLES).sort();
    long n = sorted.size();
    long lowAt = Math.round(TAIL * (n - 1));
    long highAt = Math.round((1 - TAIL) * (n - 1));
    float[] ends =
        Tensors.values(
            List.of(sorted.get(new NDIndex("{}", lowAt)), sorted.get(new NDIndex("{}", highAt))));
    if (!(ends[1] > ends[0])) {
      // A flat output: centre it rather than divide by zero.
      double mid = Double.isFinite(ends[0]) ? ends[0] : 0;
      return new double[] {mid - 1, mid + 1};
    }
    return new double[] {ends[0], ends[1]};
  }

  private static double[] filled(double value) {
    double[] all = new double[3];
    Arrays.fill(all, value);
    return all;
  }

  /** At most about {@code max} of the values, evenly strided, flattened. */
  private static NDArray strided(NDArray images, long max) {
    NDArray values = images.flatten();
    long stride = Math.max(1, values.size() / max);
    return stride == 1 ? values : values.get(new NDIndex("::{}", stride));
  }

  /**
   * At most about {@code max} values of images (N x 3 x H x W), evenly strided within each colour
   * channel, as N' x 3 x 1 x 1: enough for the percentiles of any stretch, so that a render can
   * measure a few hundred large samples batch by batch without keeping them all.
   */
  public static NDArray thin(NDArray images, long max) {
    List<NDArray> channels = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      channels.add(strided(images.get(new NDIndex(":, {}", c)), max / 3).reshape(-1, 1));
    }
    long n = channels.stream().mapToLong(NDArray::size).min().orElseThrow();
    NDList cut = new NDList();
    channels.forEach(ch -> cut.add(ch.get(new NDIndex(":{}", n))));
    return ai.djl.ndarray.NDArrays.concat(cut, 1).reshape(n, 3, 1, 1);
  }

  /** Display levels 0..255 (floats, not rounded) of N x 3 x H x W values. */
  public NDArray levels(NDArray images) {
    float[] offset = new float[3];
    float[] gain = new float[3];
    for (int c = 0; c < 3; c++) {
      offset[c] = (float) low[c];
      gain[c] = (float) (255 / (high[c] - low[c]));
    }
    Shape perChannel = new Shape(1, 3, 1, 1);
    NDArray lows = constant(images, offset, perChannel);
    NDArray gains = constant(images, gain, perChannel);
    return images.sub(lows).mul(gains).clip(0, 255);
  }

  private static NDArray constant(NDArray like, float[] values, Shape shape) {
    return like.getManager().create(values, shape).toDevice(like.getDevice(), false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ToneMap t
        && t.display == display
        && Arrays.equals(t.low, low)
        && Arrays.equals(t.high, high);
  }

  @Override
  public int hashCode() {
    return display.hashCode() * 31 + Arrays.hashCode(low) * 17 + Arrays.hashCode(high);
  }

  @Override
  public String toString() {
    return display.key() + " " + Arrays.toString(low) + ".." + Arrays.toString(high);
  }
}
