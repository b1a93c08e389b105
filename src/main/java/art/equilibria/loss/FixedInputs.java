package art.equilibria.loss;

import ai.djl.ndarray.NDArray;
import art.equilibria.nn.Judgement;
import java.util.List;
import java.util.Map;

/**
 * Loss inputs given directly as tensors: how a term's formula is checked by hand in a test, this
 * project's and a plug-in's alike (compute the term on a few small arrays whose loss is known).
 *
 * @param trained the network being updated
 * @param discriminator the ensemble's discriminator
 * @param generators the generators in piece order
 * @param step the training step
 * @param imagesOf each generator's images, N x 3 x H x W
 * @param judgementOf the discriminator's judgement of each generator's images
 */
public record FixedInputs(
    String trained,
    String discriminator,
    List<String> generators,
    long step,
    Map<String, NDArray> imagesOf,
    Map<String, Judgement> judgementOf)
    implements LossInputs {

  @Override
  public boolean trainsDiscriminator() {
    return trained.equals(discriminator);
  }

  @Override
  public NDArray images(String generator) {
    return imagesOf.get(generator);
  }

  @Override
  public Judgement judgement(String generator) {
    return judgementOf.get(generator);
  }
}
