package art.equilibria.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The facts a checkpoint holds beside its arrays ({@code meta.json}): what a resume needs to step
 * on exactly as if the run had never stopped.
 *
 * @param step steps completed when it was written
 * @param seed the piece's seed
 * @param latentSalt which latent stream the run draws from (a rollback changes it)
 * @param lrScale the learning rate's multiplier after rollbacks
 * @param rollbacks rollbacks the run has made, counted against the guard's limit after a resume
 * @param optimiserUpdates each network's Adam update count, for its bias correction
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckpointMeta(
    @JsonProperty("step") long step,
    @JsonProperty("seed") long seed,
    @JsonProperty("latent_salt") long latentSalt,
    @JsonProperty("lr_scale") double lrScale,
    @JsonProperty("rollbacks") int rollbacks,
    @JsonProperty("optimiser_updates") Map<String, Long> optimiserUpdates) {

  public CheckpointMeta {
    optimiserUpdates = Map.copyOf(optimiserUpdates);
  }

  /** Reads what older checkpoints may lack as a fresh run's values. */
  @JsonCreator
  static CheckpointMeta read(
      @JsonProperty("step") long step,
      @JsonProperty("seed") long seed,
      @JsonProperty("latent_salt") long latentSalt,
      @JsonProperty("lr_scale") Double lrScale,
      @JsonProperty("rollbacks") int rollbacks,
      @JsonProperty("optimiser_updates") Map<String, Long> optimiserUpdates) {
    return new CheckpointMeta(
        step,
        seed,
        latentSalt,
        lrScale == null ? 1 : lrScale,
        rollbacks,
        optimiserUpdates == null ? Map.of() : optimiserUpdates);
  }
}
