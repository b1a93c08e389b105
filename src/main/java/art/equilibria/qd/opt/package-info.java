/**
 * Optimisers the emitters steer with: {@link art.equilibria.qd.opt.CmaEs}, an ask/tell CMA-ES that
 * is told a ranking rather than fitness values, so an emitter may rank by archive improvement.
 */
package art.equilibria.qd.opt;
