package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import art.equilibria.piece.DiscriminatorSpec;
import art.equilibria.piece.Growth;
import art.equilibria.piece.Padding;
import java.util.ArrayList;
import java.util.List;

/**
 * The discriminator, grown in mirror of the generators: a fromRGB at every resolution, one
 * downsampling {@link DiscriminatorBlock} per halving, and at 4x4 the minibatch standard deviation,
 * a convolution and two dense layers giving an embedding and logits over the generators.
 */
public final class Discriminator {
  private final Parameters params;
  private final List<EqualizedConv> fromRgb = new ArrayList<>();
  private final List<DiscriminatorBlock> blocks = new ArrayList<>();
  private final EqualizedConv finalConv;
  private final EqualizedLinear embed;
  private final EqualizedLinear classify;
  private final LeakyRelu activation;

  public Discriminator(
      DiscriminatorSpec spec, Parameters params, int finalResolution, int generators) {
    this.params = params;
    this.activation = new LeakyRelu(params);
    for (int res = Generator.BASE_RESOLUTION; res <= finalResolution; res *= 2) {
      fromRgb.add(
          new EqualizedConv(
              params, "b" + res + ".fromrgb", 3, spec.channels().at(res), 1, true, Padding.ZERO));
      if (res > Generator.BASE_RESOLUTION) {
        blocks.add(
            new DiscriminatorBlock(
                params, res, spec.channels().at(res), spec.channels().at(res / 2)));
      }
    }
    int c4 = spec.channels().at(Generator.BASE_RESOLUTION);
    this.finalConv = new EqualizedConv(params, "b4.conv", c4 + 1, c4, 3, true, Padding.ZERO);
    this.embed = new EqualizedLinear(params, "b4.embed", c4 * 16, spec.embedding(), 1, 0f);
    this.classify = new EqualizedLinear(params, "b4.classify", spec.embedding(), generators, 1, 0f);
  }

  public Parameters parameters() {
    return params;
  }

  /**
   * Floating-point operations of {@link #judge} for n images, counted from the layer shapes (matrix
   * multiplications and convolutions; element-wise work is left out).
   */
  public long flops(long n, Growth growth) {
    int level = Integer.numberOfTrailingZeros(growth.resolution() / Generator.BASE_RESOLUTION);
    long total = fromRgb.get(level).flops(n, growth.resolution());
    for (int i = level - 1; i >= 0; i--) {
      total += blocks.get(i).flops(n);
    }
    if (level > 0 && growth.alpha() < 1) {
      total += fromRgb.get(level - 1).flops(n, growth.resolution() / 2);
    }
    return total
        + finalConv.flops(n, Generator.BASE_RESOLUTION)
        + embed.flops(n)
        + classify.flops(n);
  }

  public Judgement judge(NDArray images, Growth growth) {
    return judgeApart(List.of(images), growth).get(0);
  }

  /**
   * Judges several batches of the same size in one pass, each as {@link #judge} would alone: the
   * minibatch standard deviation is taken within each batch. One pass of twice the batch issues
   * half the libtorch calls of two, which at these sizes is most of their cost.
   */
  public List<Judgement> judgeApart(List<NDArray> batches, Growth growth) {
    NDArray images = batches.size() == 1 ? batches.get(0) : NDArrays.concat(new NDList(batches));
    int level = Integer.numberOfTrailingZeros(growth.resolution() / Generator.BASE_RESOLUTION);
    NDArray x = activation.forward(fromRgb.get(level).forward(images));
    if (level > 0) {
      x = blocks.get(level - 1).forward(x);
      if (growth.alpha() < 1) {
        NDArray faded =
            activation.forward(fromRgb.get(level - 1).forward(Tensors.downsample2x(images)));
        x = Tensors.lerp(faded, x, growth.alpha());
      }
    }
    for (int i = level - 2; i >= 0; i--) {
      x = blocks.get(i).forward(x);
    }
    x = activation.forward(finalConv.forward(minibatchStd(x, batches.size())));
    NDArray embedding = embed.forward(x.reshape(x.getShape().get(0), -1));
    NDArray logits = classify.forward(activation.forward(embedding));
    if (batches.size() == 1) {
      return List.of(new Judgement(embedding, logits));
    }
    NDList embeddings = embedding.split(batches.size());
    NDList logitsApart = logits.split(batches.size());
    List<Judgement> judgements = new ArrayList<>();
    for (int b = 0; b < batches.size(); b++) {
      judgements.add(new Judgement(embeddings.get(b), logitsApart.get(b)));
    }
    return judgements;
  }

  /**
   * Appends one channel holding each batch's mean standard deviation: a batch whose images all look
   * alike is visible to the discriminator. {@code x} holds {@code batches} batches of equal size,
   * one after the other.
   */
  static NDArray minibatchStd(NDArray x, int batches) {
    Shape s = x.getShape();
    NDArray grouped = x.reshape(new Shape(batches, -1).addAll(s.slice(1)));
    NDArray centred = grouped.sub(grouped.mean(new int[] {1}, true));
    NDArray std = Tensors.mean(centred.square(), new int[] {1}, false).add(1e-8).sqrt();
    NDArray average = Tensors.mean(std, new int[] {1, 2, 3}, false);
    NDArray channel =
        average
            .reshape(batches, 1, 1, 1, 1)
            .broadcast(new Shape(batches, s.get(0) / batches, 1, s.get(2), s.get(3)))
            .reshape(s.get(0), 1, s.get(2), s.get(3));
    return x.concat(channel, 1);
  }
}
