package art.equilibria.measure;

import ai.djl.ndarray.NDArray;

/**
 * How bright a picture is: the mean of its Rec. 709 luma, {@code 0.2126 R + 0.7152 G + 0.0722 B},
 * in levels: 0 for black, 255 for white, about 54 for pure red. Linear in the levels, so
 * differentiable everywhere.
 */
public final class Brightness implements Measure {
  @Override
  public About about() {
    return new About("brightness", "mean Rec. 709 luma, 0 black to 255 white", 0, 255, true);
  }

  @Override
  public NDArray of(NDArray levels) {
    return Pictures.meanPerPicture(Pictures.luma(levels, Pictures.REC_709));
  }
}
