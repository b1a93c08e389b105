package art.equilibria.search;

import art.equilibria.measure.Diversity;
import art.equilibria.qd.archive.Range;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * {@code search.json}: every setting of a search, what it fitted and how it went.
 *
 * @param run the run folder searched
 * @param step the checkpoint's step
 * @param ranges each measure's span, fitted from a sample of the generator's pictures
 * @param objectiveRange the objective measure's span (null for typicality alone)
 * @param state running, stopped (Ctrl-C: what was found is kept) or finished
 * @param history the archive's figures after each iteration
 * @param diversity how many different pictures the measured generator's elites are; null below two
 *     elites
 */
// Records of earlier versions carry fields since replaced (a lone "vendi" before "diversity"):
// their archives stay usable as keyframes.
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchRecord(
    SearchSpec settings,
    String run,
    long step,
    List<Range> ranges,
    Range objectiveRange,
    String state,
    double seconds,
    List<Progress> history,
    Diversity diversity) {

  /** The result archive after one iteration. */
  public record Progress(
      int iteration, long evaluations, int elites, double coverage, double qdScore, double best) {}
}
