package art.equilibria.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Where a run stands now. run.json is written at checkpoints, so while a run trains it lags: the
 * steps done come from the metrics, and whether it is running from its training lock, so a run
 * whose process died is told apart from one still training.
 *
 * @param state {@code running}, {@code crashed} (run.json says running, but no process holds it),
 *     or what run.json says ({@code finished}, {@code stopped})
 */
public record RunStatus(String state, long stepsDone) {

  public static RunStatus of(RunFolder run, RunInfo info) throws IOException {
    boolean held = RunLock.isHeld(run);
    if (!held) {
      String state = info.state().equals("running") ? "crashed" : info.state();
      return new RunStatus(state, info.stepsDone());
    }
    long done = info.stepsDone();
    if (Files.exists(run.metrics())) {
      JsonNode last = new MetricsTail(run.metrics()).last();
      if (last != null && last.has("step")) {
        done = Math.max(done, last.get("step").asLong() + 1);
      }
    }
    return new RunStatus("running", done);
  }
}
