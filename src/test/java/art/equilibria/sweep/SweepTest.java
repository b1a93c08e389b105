package art.equilibria.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import art.equilibria.TestRuns;
import art.equilibria.cluster.Cluster;
import art.equilibria.cluster.LocalCluster;
import art.equilibria.piece.PieceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep through its own API, on this machine. */
class SweepTest {
  @Test
  void theTableAndTheSheetAreWrittenAgainAsEachRunIsScored(@TempDir Path tmp) throws Exception {
    Grid grid = new Grid(List.of(Axis.parse("schedule.batch=2,4")), 1);
    PieceFile piece = PieceFile.read(TestRuns.TINY);
    SweepFolder folder = SweepFolder.of(tmp, "tiny", "batch");
    Sweep.begin(
        folder,
        piece,
        new SweepRecord("tiny", "tiny.yaml", 3L, false, grid, piece.sha256(), "now"));
    // What a page reading the folder sees as each run is told finished: one at a time here.
    List<String> seen = new ArrayList<>();
    try (Cluster one = new LocalCluster(1, 1, 0)) {
      Sweep.run(
          folder,
          one,
          run -> {
            try {
              List<String> csv = Files.readAllLines(folder.csv());
              List<String> runs =
                  csv.subList(1, csv.size()).stream().map(l -> l.split(",")[3]).sorted().toList();
              seen.add(run + ": " + runs + (Files.size(folder.sheet()) > 0 ? ", a sheet" : ""));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          },
          note -> {});
    }
    assertEquals(List.of("0: [00-r0], a sheet", "1: [00-r0, 01-r0], a sheet"), seen);
  }
}
