package art.equilibria.piece;

/**
 * A rough estimate of the memory training a piece takes, from its sizes alone, so a piece that
 * cannot fit is refused before anything is allocated. It errs on the high side: parameters with
 * their gradients and Adam state, and every activation kept for the backward pass a few times over,
 * at the final resolution.
 */
public final class MemoryEstimate {
  private static final long FLOAT = 4;

  /** Weights, gradients, Adam mean and variance. */
  private static final long PARAMETER_COPIES = 4;

  /**
   * Activations alive per layer during a backward pass (inputs, modulated inputs, outputs, noise,
   * activation, their gradients); measured loosely on the demo.
   */
  private static final long ACTIVATION_COPIES = 24;

  /** The JVM, libtorch and the encoder, before any tensor. */
  private static final long BASELINE = 512L << 20;

  private MemoryEstimate() {}

  /** Bytes needed to train the piece at its final resolution. */
  public static long bytes(Piece piece) {
    int resolution = piece.schedule().finalResolution();
    long batch = piece.schedule().batch();
    long parameters = 0;
    long activationsPerImage = 0;
    for (String name : piece.generators()) {
      GeneratorSpec g = piece.generator(name);
      parameters +=
          (long) g.latent() * g.style() + (long) (g.mappingDepth() - 1) * g.style() * g.style();
      for (int res = 4; res <= resolution; res *= 2) {
        long c = g.channels().at(res);
        parameters += 2 * (c * c * 9 + g.style() * c) + 3 * c;
        activationsPerImage += c * res * res;
      }
    }
    DiscriminatorSpec d = piece.discriminatorSpec();
    long criticPerImage = 0;
    for (int res = 4; res <= resolution; res *= 2) {
      long c = d.channels().at(res);
      parameters += 2 * c * c * 9 + 3 * c;
      criticPerImage += c * res * res;
    }
    parameters += (long) d.channels().at(4) * 16 * d.embedding();
    // The critic judges every generator's batch.
    activationsPerImage += criticPerImage * piece.generators().size();
    return BASELINE
        + parameters * FLOAT * PARAMETER_COPIES
        + activationsPerImage * batch * FLOAT * ACTIVATION_COPIES;
  }

  /** Bytes as an artist reads them: 1.5 GiB, 300 MiB. */
  public static String format(long bytes) {
    return bytes >= 1L << 30
        ? String.format("%.1f GiB", bytes / (double) (1L << 30))
        : String.format("%.0f MiB", bytes / (double) (1L << 20));
  }
}
