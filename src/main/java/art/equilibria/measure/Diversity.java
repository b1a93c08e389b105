package art.equilibria.measure;

import ai.djl.ndarray.NDArray;

/**
 * How many different pictures a set holds, two ways (Vendi scores: 1 when all alike, up to their
 * number when all differ).
 *
 * @param pixels compared small, as shown ({@code Vendi.of})
 * @param embeddings compared through the discriminator's embedding, centred on the set's mean
 *     ({@code Vendi.ofFeatures}; at most one less than their number)
 */
public record Diversity(double pixels, double embeddings) {

  /**
   * Of a batch: its display levels (N x 3 x H x W) and the discriminator's embeddings of it (N x
   * k).
   */
  public static Diversity of(NDArray levels, NDArray embeddings) {
    return new Diversity(Vendi.of(levels), Vendi.ofFeatures(embeddings));
  }
}
