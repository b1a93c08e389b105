package art.equilibria.metrics;

import art.equilibria.measure.Diversity;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Everything measured at one training step; one line of {@code metrics.jsonl}.
 *
 * @param step the step's index, from 0
 * @param seconds wall time since the run (or resume) started
 * @param rssMb resident memory of the process, to check it stays flat
 * @param images generator images made in the step, over all updates
 * @param flops model floating-point operations of the step, forward and backward, counted from the
 *     layer shapes (see {@code UpdateInputs.flops})
 * @param networks the networks updated at this step, in update order
 * @param events what the equilibrium guard noticed or did at this step (left out when none)
 * @param snapshotDiversity at a snapshot step, how many different pictures each generator's grid
 *     holds (left out at other steps)
 */
public record StepMetrics(
    long step,
    int stage,
    int resolution,
    double alpha,
    double seconds,
    double rssMb,
    long images,
    long flops,
    Map<String, NetworkMetrics> networks,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<GuardEvent> events,
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Diversity> snapshotDiversity) {

  public StepMetrics withEvents(List<GuardEvent> more) {
    return new StepMetrics(
        step,
        stage,
        resolution,
        alpha,
        seconds,
        rssMb,
        images,
        flops,
        networks,
        List.copyOf(more),
        snapshotDiversity);
  }

  public StepMetrics withSnapshotDiversity(Map<String, Diversity> diversity) {
    return new StepMetrics(
        step, stage, resolution, alpha, seconds, rssMb, images, flops, networks, events, diversity);
  }
}
