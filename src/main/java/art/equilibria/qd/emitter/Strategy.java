package art.equilibria.qd.emitter;

import art.equilibria.qd.archive.AddResult;
import art.equilibria.qd.opt.CmaEs;
import java.util.List;

/**
 * How an emitter steers its CMA-ES from the archive's feedback: what it ranks by, how many it
 * recombines, when it restarts.
 */
public record Strategy(Ranker ranker, SelectionRule selection, RestartRule restart) {
  /**
   * What one feedback did to the CMA-ES.
   *
   * @param ranking the samples' indices, best first
   * @param parents how many of them were recombined
   * @param restartDue whether the emitter should restart
   */
  record Update(int[] ranking, int parents, boolean restartDue) {}

  /** Ranks the results, tells the CMA-ES, and says whether a restart is due. */
  Update update(CmaEs opt, List<AddResult> results) {
    int added = (int) results.stream().filter(r -> r.status().added()).count();
    Ranking ranking = ranker.rank(results);
    int parents = selection.parents(added, results.size());
    opt.tell(ranking.order(), parents);
    boolean due = opt.isDegenerate() || ranking.isFlat() || restart.due(added);
    return new Update(ranking.order(), parents, due);
  }
}
