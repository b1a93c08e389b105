package art.equilibria.measure;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import art.equilibria.nn.Tensors;

/**
 * Hasler and Süsstrunk's colourfulness (2003), in display levels: with opponent channels rg = R - G
 * and yb = (R + G) / 2 - B, {@code sqrt(sd(rg)² + sd(yb)²) + 0.3 sqrt(mean(rg)² + mean(yb)²)}.
 * About 0 for greys, 15 slightly, 33 moderately, 59 quite and 109 extremely colourful by their
 * scale. Differentiable: both roots are kept finite where their argument is 0 (a field of one
 * colour, a grey picture), so the gradient is finite for every picture.
 */
public final class Colourfulness implements Measure {
  @Override
  public About about() {
    return new About(
        "colourfulness",
        "Hasler-Süsstrunk colourfulness (0 grey, 33 moderate, 59 quite, 109 extreme)",
        0,
        Double.POSITIVE_INFINITY,
        true);
  }

  @Override
  public NDArray of(NDArray levels) {
    NDArray r = levels.get(new NDIndex(":, 0"));
    NDArray g = levels.get(new NDIndex(":, 1"));
    NDArray b = levels.get(new NDIndex(":, 2"));
    NDArray rg = r.sub(g);
    NDArray yb = Tensors.times(r.add(g), 0.5).sub(b);
    NDArray spread = Pictures.sqrt(variance(rg).add(variance(yb)));
    NDArray centre = Pictures.sqrt(mean(rg).square().add(mean(yb).square()));
    return spread.add(Tensors.times(centre, 0.3));
  }

  /** Mean over each picture's pixels (N x H x W to N). */
  private static NDArray mean(NDArray x) {
    return Tensors.mean(x, new int[] {1, 2}, false);
  }

  /** Population variance over each picture's pixels. */
  private static NDArray variance(NDArray x) {
    NDArray centred = x.sub(Tensors.mean(x, new int[] {1, 2}, true));
    return mean(centred.square());
  }
}
