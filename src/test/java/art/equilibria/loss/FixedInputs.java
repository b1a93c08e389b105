package art.equilibria.loss;

import ai.djl.ndarray.NDArray;
import art.equilibria.nn.Judgement;
import java.util.List;
import java.util.Map;

/** Loss inputs given directly as tensors, for checking formulas by hand. */
record FixedInputs(
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
