package art.equilibria.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import art.equilibria.piece.Padding;
import java.util.Set;

/** Small tensor helpers that the PyTorch engine lacks or gets wrong. */
public final class Tensors {
  /** Where channels last has been measured faster: oneDNN's convolutions on an x86-64 processor. */
  private static final boolean CHANNELS_LAST_MEASURED =
      Set.of("amd64", "x86_64").contains(System.getProperty("os.arch"));

  private Tensors() {}

  /**
   * A scalar made natively, on the same manager and device as {@code like}. {@code
   * NDArray.mul(Number)} wraps the number in a tensor over a Java buffer that is freed at once
   * while autograd still holds it, so backward can read freed memory; multiply by this instead.
   */
  public static NDArray scalar(NDArray like, double value) {
    return like.getManager().full(new Shape(), (float) value, DataType.FLOAT32, like.getDevice());
  }

  /** {@code x * value}, safe under autograd; x itself where value is 1 (exact, one call fewer). */
  public static NDArray times(NDArray x, double value) {
    return value == 1 ? x : x.mul(scalar(x, value));
  }

  /**
   * A stride-1 convolution of NCHW activations, padded to keep their size.
   *
   * @param bias per output channel, or null
   */
  public static NDArray conv2d(NDArray x, NDArray kernel, NDArray bias, Padding padding) {
    Shape k = kernel.getShape();
    int p = (int) k.get(2) / 2;
    if (padding == Padding.REFLECT && p > 0) {
      return Conv2d.conv2d(reflect(x, p), kernel, bias, ONE, new Shape(0, 0), ONE, 1)
          .singletonOrThrow();
    }
    return Conv2d.conv2d(x, kernel, bias, ONE, new Shape(p, p), ONE, 1).singletonOrThrow();
  }

  /**
   * NCHW activations with p rows and columns mirrored on every side (the edge itself not twice).
   */
  public static NDArray reflect(NDArray x, int p) {
    long h = x.getShape().get(2);
    long w = x.getShape().get(3);
    NDArray rows =
        x.get(new NDIndex(":, :, 1:{}", p + 1))
            .flip(2)
            .concat(x, 2)
            .concat(x.get(new NDIndex(":, :, {}:{}", h - p - 1, h - 1)).flip(2), 2);
    return rows.get(new NDIndex(":, :, :, 1:{}", p + 1))
        .flip(3)
        .concat(rows, 3)
        .concat(rows.get(new NDIndex(":, :, :, {}:{}", w - p - 1, w - 1)).flip(3), 3);
  }

  private static final Shape ONE = new Shape(1, 1);

  /** A stride-1 convolution without padding: the output loses the kernel's size minus one. */
  public static NDArray conv2dValid(NDArray x, NDArray kernel) {
    return Conv2d.conv2d(x, kernel, null, new Shape(1, 1), new Shape(0, 0), new Shape(1, 1), 1)
        .singletonOrThrow();
  }

  /** Nearest-neighbour 2x upsampling of NCHW images: one libtorch operation, not two repeats. */
  public static NDArray upsample2x(NDArray x) {
    Shape s = x.getShape();
    return JniUtils.interpolate((PtNDArray) x, new long[] {2 * s.get(2), 2 * s.get(3)}, 0, false);
  }

  /**
   * Activations laid out as convolutions take them fastest on the array's device, for the start of
   * a network: channels last on an x86-64 processor (a training step 6 to 21% faster at 64 px, see
   * BENCHMARKS.md), as they are elsewhere (a GPU's or an ARM processor's have not been measured).
   */
  public static NDArray convolutionLayout(NDArray x) {
    return CHANNELS_LAST_MEASURED && x.getDevice().getDeviceType().equals(Device.Type.CPU)
        ? channelsLast(x)
        : x;
  }

  /**
   * The same values, still indexed N x C x H x W, laid out channels last (NHWC) in memory. A CPU
   * convolution then takes its input as it is, where for NCHW it reorders input and output at every
   * call, and element-wise operations, pooling and upsampling keep the layout, so a network whose
   * first activation is laid out so runs channels last throughout.
   */
  public static NDArray channelsLast(NDArray x) {
    Shape s = x.getShape();
    return x.transpose(0, 2, 3, 1)
        .reshape(s.get(0), -1) // the one copy: the permuted view made dense
        .reshape(s.get(0), s.get(2), s.get(3), s.get(1))
        .transpose(0, 3, 1, 2);
  }

  /** 2x2 average pooling of NCHW images. */
  public static NDArray downsample2x(NDArray x) {
    return ai.djl.nn.pooling.Pool.avgPool2d(
        x, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false, true);
  }

  /** Linear interpolation {@code a + (b - a) * t}. */
  public static NDArray lerp(NDArray a, NDArray b, double t) {
    return a.add(times(b.sub(a), t));
  }

  /** Mean over several axes (the engine's mean takes one axis at a time). */
  public static NDArray mean(NDArray x, int[] axes, boolean keepDims) {
    long count = 1;
    for (int axis : axes) {
      count *= x.getShape().get(axis);
    }
    return times(x.sum(axes, keepDims), 1.0 / count);
  }

  /**
   * The values of several arrays (scalars, or any shape, flattened in order), fetched from the
   * device in one transfer.
   */
  public static float[] values(java.util.List<NDArray> arrays) {
    if (arrays.isEmpty()) {
      return new float[0];
    }
    // One concatenation, not one per value: the optimiser fetches a value per parameter.
    NDList all = new NDList(arrays.size());
    arrays.forEach(s -> all.add(s.reshape(-1)));
    return NDArrays.concat(all).toFloatArray();
  }

  /**
   * Runs work with gradient recording off on this thread, as an optimiser's in-place update of
   * trainable arrays must be: libtorch's grad mode is per thread and on in a new one (a training on
   * a thread of its own, beside the watch page).
   */
  public static void withoutGradients(Runnable work) {
    boolean was = JniUtils.isGradMode();
    JniUtils.setGradMode(false);
    try {
      work.run();
    } finally {
      JniUtils.setGradMode(was);
    }
  }

  /** Zeroes an array's gradient in place, in one libtorch call (the engine's API has none). */
  public static void zeroGradient(NDArray x) {
    JniUtils.zeroGrad((PtNDArray) x);
  }

  /** Overwrites {@code target}'s values in place (it keeps its identity and gradient). */
  public static void copyInto(NDArray source, NDArray target) {
    target.set(new ai.djl.ndarray.index.NDIndex("..."), source.toDevice(target.getDevice(), false));
  }
}
