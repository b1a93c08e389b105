package art.equilibria.piece;

/** The two roles a network can play in an ensemble. */
public enum NetworkKind {
  GENERATOR,
  DISCRIMINATOR;

  public static NetworkKind of(NetworkSpec spec) {
    return spec instanceof GeneratorSpec ? GENERATOR : DISCRIMINATOR;
  }
}
