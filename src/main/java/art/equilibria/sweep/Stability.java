package art.equilibria.sweep;

import java.io.Serializable;

/**
 * How steady a run's training was, from its metrics lines alone.
 *
 * @param nonFinite lines with a NaN or infinite loss or gradient norm, or a guard's non-finite
 *     event (an explosion)
 * @param gradientSpikes the guard's gradient-spike events
 * @param saturated the guard's saturation events
 * @param collapse the guard's collapse events
 * @param stasis the guard's stasis events (a snapshot that stopped changing)
 * @param rollbacks the guard's rollbacks (each undid a failure; the failure's own line is gone)
 * @param gradientPeak the largest gradient norm over the median one, of the network where that
 *     ratio is highest (1: never above its usual size)
 * @param lateLossSpread the standard deviation of each network's total loss over the last quarter
 *     of the steps, averaged over the networks (0: settled; large: still swinging)
 * @param lateSaturation the generators' share of clipped values over the last quarter, averaged
 */
public record Stability(
    int nonFinite,
    int gradientSpikes,
    int saturated,
    int collapse,
    int stasis,
    int rollbacks,
    double gradientPeak,
    double lateLossSpread,
    double lateSaturation)
    implements Serializable {}
