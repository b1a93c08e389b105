package art.equilibria.loss;

/** Euclidean distance to the other generator in the discriminator's embedding space. */
public final class Euclidean extends EmbeddingDistance {
  public Euclidean() {
    super(Distance.EUCLIDEAN);
  }

  @Override
  public String name() {
    return "euclidean";
  }

  @Override
  public String summary() {
    return "a generator moves its D-embeddings towards the other's, Euclidean distance, same z";
  }
}
