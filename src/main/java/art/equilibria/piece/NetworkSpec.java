package art.equilibria.piece;

/** The architecture of one network of the ensemble. */
public sealed interface NetworkSpec permits GeneratorSpec, DiscriminatorSpec {
  Channels channels();
}
