package art.equilibria.measure;

import ai.djl.ndarray.NDArray;
import art.equilibria.nn.Tensors;

/**
 * Mirror symmetry about one axis: 1 minus the mean absolute difference between the picture and its
 * mirror image, over all channel values, divided by 255. 1 for a picture that is its own mirror
 * image, 0 for one whose every value is the opposite end of the range from its mirrored value
 * (black and white halves). Differentiable: where a value equals its mirrored value the absolute
 * difference has a kink, and autograd takes 0 there.
 */
abstract class Symmetry implements Measure {
  private final int axis;

  /**
   * @param axis 3 for left-right (a mirror across the vertical middle), 2 for top-bottom
   */
  Symmetry(int axis) {
    this.axis = axis;
  }

  @Override
  public NDArray of(NDArray levels) {
    NDArray difference = Pictures.meanPerPicture(levels.sub(levels.flip(axis)).abs());
    return Tensors.scalar(difference, 1).sub(Tensors.times(difference, 1 / 255.0));
  }
}
