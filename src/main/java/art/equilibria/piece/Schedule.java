package art.equilibria.piece;

/**
 * How the ensemble grows and learns.
 *
 * @param startResolution resolution of the first stage (a power of two, at least 4)
 * @param finalResolution resolution of the last stage (a power of two)
 * @param stepsPerStage training steps at each resolution
 * @param fade fraction of a stage over which its new resolution is faded in (0: no fade)
 * @param batch latents per batch
 */
public record Schedule(
    int startResolution,
    int finalResolution,
    int stepsPerStage,
    double fade,
    int batch,
    Optimiser optimiser) {

  /** Resolutions in training order: start, doubling, up to final. */
  public int stages() {
    return Integer.numberOfTrailingZeros(finalResolution)
        - Integer.numberOfTrailingZeros(startResolution)
        + 1;
  }

  public long totalSteps() {
    return (long) stages() * stepsPerStage;
  }

  /** Resolution and fade-in at a step; past the last stage, the last stage at full alpha. */
  public Growth growthAt(long step) {
    int stage = (int) Math.min(step / stepsPerStage, stages() - 1);
    int resolution = startResolution << stage;
    if (stage == 0) {
      return new Growth(stage, resolution, 1.0);
    }
    double intoStage = (step - (long) stage * stepsPerStage) / (double) stepsPerStage;
    double alpha = fade <= 0 ? 1.0 : Math.min(1.0, intoStage / fade);
    return new Growth(stage, resolution, alpha);
  }
}
