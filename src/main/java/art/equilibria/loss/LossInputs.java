package art.equilibria.loss;

import ai.djl.ndarray.NDArray;
import art.equilibria.nn.Judgement;
import java.util.List;

/**
 * What a loss term sees during one network's update: every generator's images for the SAME batch of
 * latents, and the discriminator's judgement of them. Results are computed on first use and shared
 * by all the terms of the update.
 */
public interface LossInputs {

  /** The network being trained. */
  String trained();

  /** Whether the trained network is the discriminator. */
  boolean trainsDiscriminator();

  /** The generators, in piece order; a generator's index is its class in the logits. */
  List<String> generators();

  /** The training step, for terms that alternate. */
  long step();

  /** Images of a generator for this update's latents, N x 3 x H x W. */
  NDArray images(String generator);

  /** The discriminator's judgement of {@link #images(String)}. */
  Judgement judgement(String generator);

  /** The other generators than this one. */
  default List<String> othersThan(String generator) {
    return generators().stream().filter(g -> !g.equals(generator)).toList();
  }

  /** The generators a relational term compares from: the trained one, or all for the critic. */
  default List<String> anchors() {
    return trainsDiscriminator() ? generators() : List.of(trained());
  }
}
