package art.equilibria.loss;

/** Cosine distance to the other generator in the discriminator's embedding space. */
public final class Cosine extends EmbeddingDistance {
  public Cosine() {
    super(Distance.COSINE);
  }

  @Override
  public String name() {
    return "cosine";
  }

  @Override
  public String summary() {
    return "a generator moves its D-embeddings towards the other's, cosine distance, same z";
  }
}
