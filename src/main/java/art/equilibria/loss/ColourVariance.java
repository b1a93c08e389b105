package art.equilibria.loss;

import ai.djl.ndarray.NDArray;
import art.equilibria.nn.Tensors;
import art.equilibria.piece.NetworkKind;
import java.util.List;
import java.util.Set;

/**
 * The colour variance competition: each generator is trained to have more batch variance than the
 * other(s). Variance is taken across the batch for every pixel value, then averaged, over four
 * channels: the whole tensor, R, G and B. Without it the generators collapse to one output.
 */
public final class ColourVariance implements LossTerm {
  @Override
  public String name() {
    return "colour-variance";
  }

  @Override
  public String summary() {
    return "a generator learns to have more batch colour variance than the other";
  }

  @Override
  public Set<NetworkKind> trains() {
    return Set.of(NetworkKind.GENERATOR);
  }

  @Override
  public NDArray compute(LossInputs in, TermOptions options) {
    List<String> others = in.othersThan(in.trained());
    NDArray theirs = null;
    for (String other : others) {
      NDArray v = of(in.images(other));
      theirs = theirs == null ? v : theirs.add(v);
    }
    NDArray mine = of(in.images(in.trained()));
    return Tensors.times(theirs, 1.0 / others.size()).sub(mine);
  }

  /** The competed quantity: the sum of the four channel variances. */
  public static NDArray of(NDArray images) {
    return channels(images).sum();
  }

  /**
   * The four channel variances (whole tensor, R, G, B): each the mean over pixels of the variance
   * across the batch. The whole tensor's is the mean of the three colour channels' (equal pixel
   * counts), kept as its own channel to match the artwork's weighting.
   */
  public static NDArray channels(NDArray images) {
    NDArray centred = images.sub(images.mean(new int[] {0}, true));
    NDArray variance = Tensors.mean(centred.square(), new int[] {0}, false); // C x H x W
    NDArray perChannel = Tensors.mean(variance, new int[] {1, 2}, false); // R, G, B
    return perChannel.mean().reshape(1).concat(perChannel);
  }
}
