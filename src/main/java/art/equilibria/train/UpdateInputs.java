package art.equilibria.train;

import ai.djl.ndarray.NDArray;
import art.equilibria.loss.LossInputs;
import art.equilibria.loss.LossTerm;
import art.equilibria.nn.Ensemble;
import art.equilibria.nn.Judgement;
import art.equilibria.nn.NoiseMode;
import art.equilibria.piece.Growth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The inputs of one network's update, computed on first use and shared by its terms. */
final class UpdateInputs implements LossInputs {
  private final Ensemble ensemble;
  private final NDArray latents;
  private final Growth growth;
  private final String trained;
  private final long step;
  private final Map<String, NDArray> images = new HashMap<>();
  private final Map<String, Judgement> judgements = new HashMap<>();
  private final List<LossTerm> terms;

  /** The inputs of {@code trained}'s update, for {@code terms}, the update's active terms. */
  UpdateInputs(
      Ensemble ensemble,
      NDArray latents,
      Growth growth,
      String trained,
      long step,
      List<LossTerm> terms) {
    this.ensemble = ensemble;
    this.latents = latents;
    this.growth = growth;
    this.trained = trained;
    this.step = step;
    this.terms = terms;
  }

  @Override
  public String trained() {
    return trained;
  }

  @Override
  public boolean trainsDiscriminator() {
    return trained.equals(ensemble.discriminatorName());
  }

  @Override
  public List<String> generators() {
    return ensemble.generatorNames();
  }

  @Override
  public long step() {
    return step;
  }

  @Override
  public NDArray images(String generator) {
    return images.computeIfAbsent(
        generator, g -> ensemble.generator(g).generate(latents, growth, NoiseMode.RANDOM));
  }

  /**
   * The judgement of a generator's images. The first read of one that the update's terms name
   * (their {@link LossTerm#judged}) judges all they name and not yet judged in one pass, in piece
   * order, so that the order of the terms or of their reads does not change the numbers.
   */
  @Override
  public Judgement judgement(String generator) {
    Judgement made = judgements.get(generator);
    if (made != null) {
      return made;
    }
    Set<String> named = new HashSet<>();
    terms.forEach(t -> named.addAll(t.judged(this)));
    List<String> together =
        named.contains(generator)
            ? generators().stream()
                .filter(g -> named.contains(g) && !judgements.containsKey(g))
                .toList()
            : List.of(generator);
    List<Judgement> judged =
        ensemble.discriminator().judgeApart(together.stream().map(this::images).toList(), growth);
    for (int i = 0; i < together.size(); i++) {
      judgements.put(together.get(i), judged.get(i));
    }
    return judgements.get(generator);
  }

  /**
   * Model floating-point operations of this update so far, forward and backward. A backward pass
   * costs about twice its forward for the trained network (gradients of its weights and of its
   * inputs) and once for a network that only passes gradients back to it (the discriminator judging
   * the trained generator's images); inputs that need no gradient cost no backward.
   */
  long flops() {
    long n = latents.getShape().get(0);
    long total = 0;
    for (String g : images.keySet()) {
      total += ensemble.generator(g).flops(n, growth) * (g.equals(trained) ? 3 : 1);
    }
    long judge = ensemble.discriminator().flops(n, growth);
    for (String g : judgements.keySet()) {
      total += judge * (trainsDiscriminator() ? 3 : g.equals(trained) ? 2 : 1);
    }
    return total;
  }

  /** The images made so far, for metrics. */
  Map<String, NDArray> madeImages() {
    return images;
  }
}
