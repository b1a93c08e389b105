package art.equilibria.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One network's update at one step.
 *
 * @param terms each active term's unweighted value
 * @param total the weighted sum the network minimised
 * @param gradNorm L2 norm of the network's gradient
 * @param colourVariance a generator's batch colour variance (whole, R, G, B summed); null for the
 *     discriminator
 * @param saturation a generator's share of clipped channel values as the piece displays them
 *     (within 8 of 0 or 255); null for the discriminator
 * @param diversity how many different pictures a generator's batch holds (its Vendi score: 1 when
 *     all are alike, the batch size when all differ); null for the discriminator
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkMetrics(
    Map<String, Double> terms,
    double total,
    double gradNorm,
    Double colourVariance,
    Double saturation,
    Double diversity) {}
