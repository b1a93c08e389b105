package art.equilibria.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckpointMetaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void factsRoundTripUnderTheirSavedNames() throws Exception {
    CheckpointMeta meta = new CheckpointMeta(300, 7, 2, 0.25, 2, Map.of("d", 300L, "g1", 150L));
    String json = JSON.writeValueAsString(meta);
    assertEquals(
        Map.of(
            "step", 300,
            "seed", 7,
            "latent_salt", 2,
            "lr_scale", 0.25,
            "rollbacks", 2,
            "optimiser_updates", Map.of("d", 300, "g1", 150)),
        JSON.readValue(json, Map.class));
    assertEquals(meta, JSON.readValue(json, CheckpointMeta.class));
  }

  @Test
  void aCheckpointFromBeforeRollbacksReadsAsAFreshRun() throws Exception {
    CheckpointMeta meta =
        JSON.readValue("{\"step\":40,\"seed\":1,\"piece_sha256\":\"ab\"}", CheckpointMeta.class);
    assertEquals(new CheckpointMeta(40, 1, 0, 1, 0, Map.of()), meta);
  }
}
