package art.equilibria.train;

import java.util.Map;

/**
 * Everything measured at one training step; one line of {@code metrics.jsonl}.
 *
 * @param step the step's index, from 0
 * @param seconds wall time since the run (or resume) started
 * @param rssMb resident memory of the process, to check it stays flat
 * @param images generator images made in the step, over all updates
 * @param networks the networks updated at this step, in update order
 */
public record StepMetrics(
    long step,
    int stage,
    int resolution,
    double alpha,
    double seconds,
    double rssMb,
    long images,
    Map<String, NetworkMetrics> networks) {}
