package art.equilibria.measure;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * The share of channel values shown at or near the ends of the range: within {@value #MARGIN}
 * levels of 0 or 255. High when colours pile up in the corners of the RGB cube, as they do when the
 * colour-variance competition drives values past what the display can show.
 */
public final class Clipped implements Measure {
  /** How near an end of the range a level counts as clipped. */
  public static final double MARGIN = 8;

  @Override
  public About about() {
    return new About("clipped", "share of channel values within 8 of 0 or 255", 0, 1, false);
  }

  @Override
  public NDArray of(NDArray levels) {
    NDArray centred = levels.sub(127.5).abs();
    NDArray clipped = centred.gte(127.5 - MARGIN).toType(DataType.FLOAT32, false);
    return Pictures.meanPerPicture(clipped);
  }
}
