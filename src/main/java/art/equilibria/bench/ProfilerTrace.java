package art.equilibria.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * libtorch's profiler trace (Chrome trace format) of a number of training steps. An event nested in
 * another on the same thread is a call that operation made; events that are nested in none are the
 * calls a step issues: operations called from Java, and the backward functions autograd runs.
 */
public final class ProfilerTrace {
  private final Collection<List<Span>> threads;
  private final int steps;

  private ProfilerTrace(Collection<List<Span>> threads, int steps) {
    this.threads = threads;
    this.steps = steps;
  }

  /** The trace at {@code path}, of {@code steps} steps. */
  public static ProfilerTrace read(Path path, int steps) throws IOException {
    JsonNode root = new ObjectMapper().readTree(path.toFile());
    JsonNode events = root.isArray() ? root : root.path("traceEvents");
    Map<String, List<Span>> byThread = new HashMap<>();
    for (JsonNode e : events) {
      if ("X".equals(e.path("ph").asText())) {
        byThread
            .computeIfAbsent(e.path("tid").asText(), t -> new ArrayList<>())
            .add(
                new Span(
                    e.path("name").asText(), e.path("ts").asDouble(), e.path("dur").asDouble()));
      }
    }
    for (List<Span> spans : byThread.values()) {
      nest(spans);
    }
    return new ProfilerTrace(byThread.values(), steps);
  }

  /** Sorts one thread's spans and takes each one's children off its self time. */
  private static void nest(List<Span> spans) {
    spans.sort(Comparator.comparingDouble(Span::start).thenComparing(s -> -s.duration));
    Deque<Span> open = new ArrayDeque<>();
    for (Span s : spans) {
      while (!open.isEmpty() && open.peek().end() <= s.start) {
        open.pop();
      }
      if (!open.isEmpty()) {
        open.peek().self -= s.duration;
      } else {
        s.topLevel = true;
      }
      open.push(s);
    }
  }

  /** Every operation's self time and calls per step, the most time first. */
  public List<OperationTime> operations() {
    Map<String, double[]> totals = new HashMap<>(); // name -> {self microseconds, calls}
    threads.forEach(
        spans ->
            spans.forEach(
                s -> {
                  double[] t = totals.computeIfAbsent(s.name, n -> new double[2]);
                  t[0] += s.self;
                  t[1]++;
                }));
    List<OperationTime> all = new ArrayList<>();
    totals.forEach(
        (name, t) -> all.add(new OperationTime(name, t[0] / 1000 / steps, t[1] / steps)));
    all.sort(Comparator.comparingDouble(OperationTime::msPerStep).reversed());
    return all;
  }

  /** Calls nested in no other, per step: what the step itself issued to libtorch. */
  public double topLevelCallsPerStep() {
    long count = threads.stream().flatMap(List::stream).filter(s -> s.topLevel).count();
    return (double) count / steps;
  }

  /** One traced call; {@code self} starts as its duration and loses its children's. */
  private static final class Span {
    final String name;
    final double start;
    final double duration;
    double self;
    boolean topLevel;

    Span(String name, double start, double duration) {
      this.name = name;
      this.start = start;
      this.duration = duration;
      this.self = duration;
    }

    double start() {
      return start;
    }

    double end() {
      return start + duration;
    }
  }
}
