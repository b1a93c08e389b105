package art.equilibria.search;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import art.equilibria.image.ToneMap;
import art.equilibria.piece.Display;
import art.equilibria.piece.RenderSpec;
import art.equilibria.sampling.Sampler;
import art.equilibria.sampling.TrainedRun;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every generator of a trained run as its render shows it, in the ensemble's order: a sampler with
 * the render's truncation, and a tone map (the clamp, or a stretch fixed from some of its
 * pictures).
 */
record Shown(Map<String, Sampler> samplers, Map<String, ToneMap> tones) {
  /** Pictures a stretch's tone map is measured on. */
  private static final int TONE_SAMPLES = 64;

  /**
   * @param pilot latents whose first pictures fix the stretch tone maps
   */
  static Shown of(TrainedRun run, double[][] pilot) {
    NDManager manager = run.ensemble().manager();
    RenderSpec render = run.piece().render();
    Map<String, Sampler> samplers = new LinkedHashMap<>();
    Map<String, ToneMap> tones = new LinkedHashMap<>();
    for (String g : run.ensemble().generatorNames()) {
      Sampler sampler =
          Sampler.truncated(
              run.ensemble().generator(g), run.growth(), render.truncation(), manager);
      samplers.put(g, sampler);
      tones.put(g, tone(render.display(), sampler, pilot, manager));
    }
    return new Shown(samplers, tones);
  }

  private static ToneMap tone(
      Display display, Sampler sampler, double[][] pilot, NDManager manager) {
    if (display == Display.CLAMP) {
      return ToneMap.CLAMP;
    }
    try (NDScope scope = new NDScope()) {
      double[][] some = Arrays.copyOf(pilot, TONE_SAMPLES);
      return ToneMap.measure(display, sampler.fromZ(LatentEvaluator.batch(manager, some)));
    }
  }
}
