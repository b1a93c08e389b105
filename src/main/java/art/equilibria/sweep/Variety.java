package art.equilibria.sweep;

import java.io.Serializable;

/**
 * How many different pictures a run makes, from its metrics lines alone.
 *
 * @param finalVendi how many different pictures the last snapshot's fixed latent grid holds (Vendi
 *     of pixels as shown, averaged over the generators: 1 when all alike, up to {@code pictures})
 * @param finalEmbeddingVendi the same through the discriminator's centred embeddings
 * @param pictures how many pictures the grid holds
 * @param lateBatchVendi the training batches' Vendi score over the last quarter of the steps,
 *     averaged over the generators
 * @param lateColourVariance the training batches' colour variance over the last quarter, averaged
 *     over the generators
 */
public record Variety(
    double finalVendi,
    double finalEmbeddingVendi,
    int pictures,
    double lateBatchVendi,
    double lateColourVariance)
    implements Serializable {

  /** The last snapshot's Vendi score as a share of what its grid could hold: 0 to 1. */
  public double share() {
    return pictures <= 1 || Double.isNaN(finalVendi)
        ? 0
        : Math.max(0, Math.min(1, (finalVendi - 1) / (pictures - 1)));
  }
}
