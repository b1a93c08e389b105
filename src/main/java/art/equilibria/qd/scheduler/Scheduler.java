package art.equilibria.qd.scheduler;

import art.equilibria.qd.archive.AddResult;
import art.equilibria.qd.archive.Archive;
import art.equilibria.qd.emitter.Emitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Runs emitters against an archive, as pyribs' {@code Scheduler}. {@link #ask} concatenates the
 * emitters' batches; the caller evaluates them and calls {@link #tell} with the results in the same
 * order; the scheduler adds them to the archive and gives each emitter its own share back. Gradient
 * emitters are served first by {@link #askDqd} and {@link #tellDqd} in the same way.
 *
 * <p>A separate result archive, as CMA-MAE uses, receives every evaluated solution too: it is
 * elitist, so it keeps the best solutions found whatever the search archive's thresholds forgot.
 */
public final class Scheduler {
  /** The last call, to refuse calls out of order (pyribs' {@code _last_called}). */
  private enum Call {
    NONE,
    ASK,
    ASK_DQD,
    TELL,
    TELL_DQD
  }

  private final Archive archive;
  private final List<Emitter> emitters;
  private final Archive resultArchive;
  private Call last = Call.NONE;
  private double[][] pending = new double[0][];
  private int[] shares;

  /** A scheduler whose archive is also its result archive. */
  public Scheduler(Archive archive, List<Emitter> emitters) {
    this(archive, emitters, archive);
  }

  /** A scheduler that also adds every evaluated solution to {@code resultArchive}. */
  public Scheduler(Archive archive, List<Emitter> emitters, Archive resultArchive) {
    if (emitters.isEmpty()) {
      throw new IllegalArgumentException("a scheduler needs at least one emitter");
    }
    Set<Emitter> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
    distinct.addAll(emitters);
    if (distinct.size() != emitters.size()) {
      throw new IllegalArgumentException(
          "the same emitter was given twice: each needs its own instance");
    }
    if (resultArchive.solutionDim() != archive.solutionDim()) {
      throw new IllegalArgumentException(
          "the result archive's solution dimension "
              + resultArchive.solutionDim()
              + " differs from the archive's "
              + archive.solutionDim());
    }
    this.archive = archive;
    this.emitters = List.copyOf(emitters);
    this.resultArchive = resultArchive;
    this.shares = new int[emitters.size()];
  }

  /** The archive the emitters search with. */
  public Archive archive() {
    return archive;
  }

  /** The archive that keeps the results: the archive itself unless a separate one was given. */
  public Archive resultArchive() {
    return resultArchive;
  }

  public List<Emitter> emitters() {
    return emitters;
  }

  /** The points the gradient emitters need gradients of; empty when none uses gradients. */
  public double[][] askDqd() {
    return collect(Call.ASK_DQD);
  }

  /** The next batch of solutions to evaluate, every emitter's batch in emitter order. */
  public double[][] ask() {
    return collect(Call.ASK);
  }

  /**
   * The evaluation of {@link #askDqd}'s points.
   *
   * @param jacobians per point, the objective's gradient then each measure's
   */
  public void tellDqd(double[] objectives, double[][] measures, double[][][] jacobians) {
    expect(Call.ASK_DQD, "tellDqd() needs askDqd() first");
    checkLength("jacobians", jacobians.length);
    handOut(
        objectives,
        measures,
        (emitter, share) ->
            emitter.tellDqd(
                share.solutions(),
                share.objectives(),
                share.measures(),
                Arrays.copyOfRange(jacobians, share.from(), share.to()),
                share.results()));
    last = Call.TELL_DQD;
  }

  /** The evaluation of {@link #ask}'s solutions, in the same order. */
  public void tell(double[] objectives, double[][] measures) {
    expect(Call.ASK, "tell() needs ask() first");
    handOut(
        objectives,
        measures,
        (emitter, share) ->
            emitter.tell(share.solutions(), share.objectives(), share.measures(), share.results()));
    last = Call.TELL;
  }

  /** One emitter's part of an evaluated batch, rows {@code from} (included) to {@code to}. */
  private record Share(
      double[][] solutions,
      double[] objectives,
      double[][] measures,
      List<AddResult> results,
      int from,
      int to) {}

  /** Adds the evaluated batch to the archives and gives each emitter its share. */
  private void handOut(double[] objectives, double[][] measures, BiConsumer<Emitter, Share> give) {
    checkLength("objectives", objectives.length);
    checkLength("measures", measures.length);
    List<AddResult> results = archive.add(pending, objectives, measures);
    if (resultArchive != archive) {
      resultArchive.add(pending, objectives, measures);
    }
    int from = 0;
    for (int e = 0; e < emitters.size(); e++) {
      int to = from + shares[e];
      give.accept(
          emitters.get(e),
          new Share(
              Arrays.copyOfRange(pending, from, to),
              Arrays.copyOfRange(objectives, from, to),
              Arrays.copyOfRange(measures, from, to),
              results.subList(from, to),
              from,
              to));
      from = to;
    }
  }

  private double[][] collect(Call call) {
    if (last == Call.ASK || last == Call.ASK_DQD) {
      throw new IllegalStateException(
          name(call) + " cannot follow " + name(last) + ": tell the results first");
    }
    List<double[]> all = new ArrayList<>();
    for (int e = 0; e < emitters.size(); e++) {
      double[][] batch = call == Call.ASK ? emitters.get(e).ask() : emitters.get(e).askDqd();
      shares[e] = batch.length;
      all.addAll(Arrays.asList(batch));
    }
    pending = all.toArray(double[][]::new);
    last = call;
    return pending.clone();
  }

  private void expect(Call asked, String message) {
    if (last != asked) {
      throw new IllegalStateException(message);
    }
  }

  private void checkLength(String what, int length) {
    if (length != pending.length) {
      throw new IllegalArgumentException(
          what
              + " should have one entry per asked solution ("
              + pending.length
              + "), got "
              + length);
    }
  }

  private static String name(Call call) {
    return switch (call) {
      case ASK -> "ask()";
      case ASK_DQD -> "askDqd()";
      case TELL -> "tell()";
      case TELL_DQD -> "tellDqd()";
      case NONE -> "nothing";
    };
  }
}
