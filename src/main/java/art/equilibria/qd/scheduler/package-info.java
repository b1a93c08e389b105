/**
 * The search loop's ask/tell face, as pyribs' {@code Scheduler}: it gathers the emitters' batches,
 * adds their evaluations to the archive (and a result archive) and hands each emitter its share;
 * {@link art.equilibria.qd.scheduler.Algorithm} builds the usual algorithms with pyribs' settings.
 */
package art.equilibria.qd.scheduler;
