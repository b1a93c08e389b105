package art.equilibria.measure;

import ai.djl.ndarray.NDArray;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How different the pictures of a set are, two ways each by pixels and by the discriminator's eyes:
 * how many different pictures (Vendi scores: 1 when all alike, up to their number when all differ)
 * and how far apart they all are ({@link PureDiversity}: 0 when all alike, growing with each
 * picture unlike the others). Records written before pure diversity read with it absent.
 *
 * @param pixels Vendi score, compared small, as shown ({@code Vendi.of})
 * @param embeddings Vendi score through the discriminator's embedding, centred on the set's mean
 *     ({@code Vendi.ofFeatures}; at most one less than their number); null where no discriminator
 *     judged the set (stills, PNG files)
 * @param purePixels pure diversity of the same small pictures ({@code PureDiversity.of})
 * @param pureEmbeddings pure diversity of the embeddings; null with {@code embeddings}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Diversity(
    double pixels, Double embeddings, Double purePixels, Double pureEmbeddings) {

  /**
   * Of a batch: its display levels (N x 3 x H x W) and the discriminator's embeddings of it (N x
   * k).
   */
  public static Diversity of(NDArray levels, NDArray embeddings) {
    return new Diversity(
        Vendi.of(levels),
        Vendi.ofFeatures(embeddings),
        PureDiversity.of(levels),
        PureDiversity.ofFeatures(embeddings));
  }

  /** Of pictures alone (N x 3 x H x W display levels), with no discriminator to judge them. */
  public static Diversity ofPixels(NDArray levels) {
    return new Diversity(Vendi.of(levels), null, PureDiversity.of(levels), null);
  }
}
