package art.equilibria.measure;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * The share of pixels whose three channels all lie in {@value #LOW}..{@value #HIGH}: neither near
 * black, nor near white, nor a pure primary. The artist's colour fields are mostly mid-tone.
 */
public final class MidTone implements Measure {
  public static final double LOW = 24;
  public static final double HIGH = 231;

  @Override
  public About about() {
    return new About("mid-tone", "share of pixels whose channels all lie in 24..231", 0, 1, false);
  }

  @Override
  public NDArray of(NDArray levels) {
    NDArray inside = levels.gte(LOW).logicalAnd(levels.lte(HIGH));
    // A pixel is mid-tone when none of its channels is outside: the minimum over channels.
    NDArray pixel = inside.toType(DataType.FLOAT32, false).min(new int[] {1});
    return Pictures.meanPerPicture(pixel);
  }
}
