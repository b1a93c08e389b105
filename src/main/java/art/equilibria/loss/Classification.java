package art.equilibria.loss;

import ai.djl.ndarray.NDArray;
import java.util.List;

/** Cross-entropy of the discriminator's logits against a target class distribution. */
final class Classification {
  private Classification() {}

  /**
   * The cross-entropy, batch mean, of the judgement of one generator's images against either its
   * own class ({@code asItself}) or an even split over the other generators' classes.
   */
  static NDArray loss(LossInputs in, String generator, boolean asItself) {
    NDArray logits = in.judgement(generator).logits();
    List<String> all = in.generators();
    float[] target = new float[all.size()];
    List<String> others = in.othersThan(generator);
    for (int k = 0; k < all.size(); k++) {
      boolean self = all.get(k).equals(generator);
      target[k] = asItself ? (self ? 1f : 0f) : (self ? 0f : 1f / others.size());
    }
    NDArray targets = logits.getManager().create(target).toDevice(logits.getDevice(), false);
    NDArray perSample = logits.logSoftmax(1).mul(targets).sum(new int[] {1}).neg();
    return perSample.mean();
  }

  /** The discriminator's loss over every generator's batch. */
  static NDArray critic(LossInputs in, boolean correctly) {
    NDArray total = null;
    for (String g : in.generators()) {
      NDArray l = loss(in, g, correctly);
      total = total == null ? l : total.add(l);
    }
    return art.equilibria.nn.Tensors.times(total, 1.0 / in.generators().size());
  }
}
