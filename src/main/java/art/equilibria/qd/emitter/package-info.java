/**
 * Emitters: each proposes a batch of solutions ({@code ask}) and learns from what the archive made
 * of them ({@code tell}), as pyribs' emitters: MAP-Elites' Gaussian mutation, CMA-ME and CMA-MAE's
 * evolution strategy, CMA-MAEGA's gradient arborescence, and a random baseline.
 */
package art.equilibria.qd.emitter;
