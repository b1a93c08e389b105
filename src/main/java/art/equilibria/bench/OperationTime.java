package art.equilibria.bench;

/**
 * One libtorch operation's share of a training step, read from a {@link ProfilerTrace}. Self time
 * is an event's duration less that of the events nested in it on the same thread, so nothing is
 * counted twice.
 *
 * @param name the operation, e.g. {@code aten::convolution_backward}
 * @param msPerStep self time per step
 * @param callsPerStep calls per step
 */
public record OperationTime(String name, double msPerStep, double callsPerStep) {}
