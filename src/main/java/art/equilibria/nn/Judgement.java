package art.equilibria.nn;

import ai.djl.ndarray.NDArray;

/**
 * What the discriminator says about a batch of images.
 *
 * @param embedding N x embedding: the space the relational terms measure distances in
 * @param logits N x generators: which generator made each image
 */
public record Judgement(NDArray embedding, NDArray logits) {}
