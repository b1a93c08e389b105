package art.equilibria.measure;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.index.NDIndex;
import art.equilibria.nn.Tensors;

/**
 * A picture's hue angle in degrees: the direction of the mean of its pixels' chroma vectors, with
 * the opponent components {@code α = R - (G + B) / 2} and {@code β = √3 / 2 (G - B)}, as {@code
 * atan2(mean β, mean α)} in 0..360: red 0, yellow 60, green 120, cyan 180, blue 240, magenta 300.
 * Because vectors are averaged rather than angles, it is circular: half red, half magenta is 330,
 * not 150. Strongly coloured pixels weigh more than pale ones, and since the components are linear
 * it is the hue of the picture's mean colour.
 *
 * <p>A picture whose mean chroma is shorter than {@value #GREY} levels has no hue: a grey one, or
 * one whose colours cancel (half red, half cyan). It gets 0 and a zero gradient, where atan2 would
 * give NaN. Elsewhere the gradient is finite, and large (it goes as one over the mean chroma) for
 * nearly grey pictures. At red the value wraps from just under 360 to 0: the gradient is continuous
 * there, the value is not.
 */
public final class Hue implements Measure {
  /** The mean chroma, in levels, below which a picture counts as grey. */
  public static final double GREY = 1e-3;

  @Override
  public About about() {
    return new About(
        "hue",
        "hue angle of the mean chroma in degrees (0 red, 120 green, 240 blue; 0 for grey)",
        0,
        360,
        true);
  }

  @Override
  public NDArray of(NDArray levels) {
    NDArray mean = Tensors.mean(levels, new int[] {2, 3}, false);
    NDArray r = mean.get(new NDIndex(":, 0"));
    NDArray g = mean.get(new NDIndex(":, 1"));
    NDArray b = mean.get(new NDIndex(":, 2"));
    NDArray alpha = r.sub(Tensors.times(g.add(b), 0.5));
    NDArray beta = Tensors.times(g.sub(b), Math.sqrt(3) / 2);
    // Grey: atan2(0, 1), whose gradient is 0 and goes to the constants, not to the levels.
    NDArray grey = alpha.square().add(beta.square()).lt(GREY * GREY);
    NDArray x = NDArrays.where(grey, alpha.onesLike(), alpha);
    NDArray y = NDArrays.where(grey, beta.zerosLike(), beta);
    NDArray degrees = Tensors.times(y.atan2(x), 180 / Math.PI);
    return degrees.mod(Tensors.scalar(degrees, 360));
  }

  /** The hue of the batch's mean chroma: hues are angles, and their plain mean is not one. */
  @Override
  public NDArray ofBatch(NDArray levels) {
    long n = levels.getShape().get(0);
    long h = levels.getShape().get(2);
    long w = levels.getShape().get(3);
    // All pictures stacked into one tall picture: the mean of its chroma is the batch's.
    return of(levels.transpose(1, 0, 2, 3).reshape(1, 3, n * h, w)).get(0);
  }
}
