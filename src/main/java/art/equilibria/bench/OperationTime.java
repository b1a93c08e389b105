package art.equilibria.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One libtorch operation's share of a training step, from its profiler's trace (Chrome trace
 * format). Self time is an event's duration less that of the events nested in it on the same
 * thread, so nothing is counted twice.
 *
 * @param name the operation, e.g. {@code aten::convolution_backward}
 * @param msPerStep self time per step
 * @param callsPerStep calls per step
 */
public record OperationTime(String name, double msPerStep, double callsPerStep) {

  /** Every operation in the trace of {@code steps} steps, the most time first. */
  public static List<OperationTime> read(Path trace, int steps) throws IOException {
    JsonNode root = new ObjectMapper().readTree(trace.toFile());
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
    Map<String, double[]> totals = new HashMap<>(); // name -> {self microseconds, calls}
    for (List<Span> spans : byThread.values()) {
      spans.sort(Comparator.comparingDouble(Span::start).thenComparing(s -> -s.duration));
      Deque<Span> open = new ArrayDeque<>();
      for (Span s : spans) {
        while (!open.isEmpty() && open.peek().end() <= s.start) {
          open.pop();
        }
        if (!open.isEmpty()) {
          open.peek().self -= s.duration;
        }
        open.push(s);
      }
      for (Span s : spans) {
        double[] t = totals.computeIfAbsent(s.name, n -> new double[2]);
        t[0] += s.self;
        t[1]++;
      }
    }
    List<OperationTime> all = new ArrayList<>();
    totals.forEach(
        (name, t) -> all.add(new OperationTime(name, t[0] / 1000 / steps, t[1] / steps)));
    all.sort(Comparator.comparingDouble(OperationTime::msPerStep).reversed());
    return all;
  }

  /** One traced call; {@code self} starts as its duration and loses its children's. */
  private static final class Span {
    final String name;
    final double start;
    final double duration;
    double self;

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
