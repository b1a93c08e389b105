package art.equilibria.piece;

/**
 * The discriminator, grown in mirror of the generators.
 *
 * @param embedding size of the embedding vector the relational terms measure distances in
 */
public record DiscriminatorSpec(Channels channels, int embedding) implements NetworkSpec {}
