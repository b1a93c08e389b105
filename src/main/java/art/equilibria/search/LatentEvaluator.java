package art.equilibria.search;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import art.equilibria.image.ToneMap;
import art.equilibria.measure.Measure;
import art.equilibria.sampling.Sampler;
import java.util.List;

/**
 * Scores latents through one generator as the work shows it: its pictures' display levels give the
 * measures, and with the latents the objective. A batch at a time, on the generator's device, every
 * array freed at the end of the batch.
 */
final class LatentEvaluator {
  private final Sampler sampler;
  private final ToneMap tone;
  private final List<Measure> measures;
  private final Objective objective;
  private final NDManager manager;

  LatentEvaluator(
      Sampler sampler,
      ToneMap tone,
      List<Measure> measures,
      Objective objective,
      NDManager manager) {
    this.sampler = sampler;
    this.tone = tone;
    this.measures = List.copyOf(measures);
    this.objective = objective;
    this.manager = manager;
  }

  /** The objective and measures of each latent. */
  Evaluation evaluate(double[][] latents) {
    int n = latents.length;
    double[] objectives = new double[n];
    double[][] values = new double[n][measures.size()];
    try (NDScope scope = new NDScope()) {
      NDArray w = sampler.generator().map(batch(latents));
      NDArray levels = tone.levels(sampler.fromW(w));
      float[] o = objective.of(w, levels).toFloatArray();
      for (int i = 0; i < n; i++) {
        objectives[i] = o[i];
      }
      for (int j = 0; j < measures.size(); j++) {
        float[] m = measures.get(j).of(levels).toFloatArray();
        for (int i = 0; i < n; i++) {
          values[i][j] = m[i];
        }
      }
    }
    return new Evaluation(objectives, values, null);
  }

  /**
   * The objective, the measures and their gradients with respect to each latent (CMA-MAEGA's
   * gradient points). One backward pass per quantity: latents are independent of each other (the
   * generator has no batch statistics and its noise is constant), so the gradient of a batch's sum
   * is each latent's own gradient.
   */
  Evaluation withGradients(double[][] latents) {
    Evaluation values = evaluate(latents);
    int n = latents.length;
    int k = measures.size();
    double[][][] jacobians = new double[n][k + 1][];
    for (int q = 0; q <= k; q++) {
      try (NDScope scope = new NDScope();
          GradientCollector collector = manager.getEngine().newGradientCollector()) {
        NDArray z = batch(latents);
        z.setRequiresGradient(true);
        NDArray w = sampler.generator().map(z);
        NDArray levels = tone.levels(sampler.fromW(w));
        NDArray value = q == 0 ? objective.of(w, levels) : measures.get(q - 1).of(levels);
        collector.backward(value.sum());
        float[] gradient = z.getGradient().toFloatArray();
        int d = latents[0].length;
        for (int i = 0; i < n; i++) {
          double[] row = new double[d];
          for (int c = 0; c < d; c++) {
            row[c] = gradient[i * d + c];
          }
          jacobians[i][q] = row;
        }
      }
    }
    return new Evaluation(values.objectives(), values.measures(), jacobians);
  }

  /** Whether gradients of everything scored can be taken. */
  boolean differentiable() {
    return measures.stream().allMatch(LatentEvaluator::differentiable)
        && (objective.measure() == null || differentiable(objective.measure()));
  }

  private static boolean differentiable(Measure m) {
    return m.about().differentiable();
  }

  private NDArray batch(double[][] latents) {
    return batch(manager, latents);
  }

  /** Latents as an N x d array on the manager's device. */
  static NDArray batch(NDManager manager, double[][] latents) {
    int d = latents[0].length;
    float[] flat = new float[latents.length * d];
    for (int i = 0; i < latents.length; i++) {
      for (int c = 0; c < d; c++) {
        flat[i * d + c] = (float) latents[i][c];
      }
    }
    return manager.create(flat, new Shape(latents.length, d)).toDevice(manager.getDevice(), false);
  }
}
