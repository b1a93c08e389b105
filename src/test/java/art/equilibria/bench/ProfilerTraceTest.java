package art.equilibria.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profiler trace becomes self time per operation: nested calls are not counted twice. */
class ProfilerTraceTest {

  @Test
  void selfTimeLeavesOutNestedCallsOnTheSameThread(@TempDir Path dir) throws IOException {
    Path trace = dir.resolve("trace.json");
    // Two steps. Thread 1: conv (10 us) calling mm (4 us), then add (2 us); thread 2: mm (3 us)
    // at the same time as conv, which must not be subtracted from it.
    Files.writeString(
        trace,
        """
        [
        {"name": "aten::conv", "ph": "X", "ts": 0.0, "dur": 10.0, "tid": 1},
        {"name": "aten::mm", "ph": "X", "ts": 2.0, "dur": 4.0, "tid": 1},
        {"name": "aten::add", "ph": "X", "ts": 12.0, "dur": 2.0, "tid": 1},
        {"name": "aten::mm", "ph": "X", "ts": 1.0, "dur": 3.0, "tid": 2},
        {"name": "marker", "ph": "i", "ts": 1.0, "tid": 1}
        ]
        """);
    ProfilerTrace read = ProfilerTrace.read(trace, 2);
    List<OperationTime> ops = read.operations();
    assertEquals(
        List.of(
            new OperationTime("aten::mm", 7.0 / 1000 / 2, 1.0),
            new OperationTime("aten::conv", 6.0 / 1000 / 2, 0.5),
            new OperationTime("aten::add", 2.0 / 1000 / 2, 0.5)),
        ops);
    // conv, add and thread 2's mm were issued by the steps; the mm inside conv was not.
    assertEquals(1.5, read.topLevelCallsPerStep());
  }
}
