package art.equilibria.train;

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
 * @param saturation a generator's fraction of pixel values beyond 0.99 in magnitude; null for the
 *     discriminator
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkMetrics(
    Map<String, Double> terms,
    double total,
    double gradNorm,
    Double colourVariance,
    Double saturation) {}
