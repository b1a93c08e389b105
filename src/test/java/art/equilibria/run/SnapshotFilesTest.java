package art.equilibria.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing a run's snapshot grids while they are being written. */
class SnapshotFilesTest {
  @Test
  void aStepIsListedOnceItsSideBySideGridExists(@TempDir Path dir) throws IOException {
    for (String name :
        List.of(
            "000000-g1.png",
            "000000-g2.png",
            "000000-ensemble.png",
            "000050-g1.png", // its ensemble is not written yet
            ".000050-g2.png123.partial",
            "notes.txt")) {
      Files.writeString(dir.resolve(name), "x");
    }
    List<SnapshotFiles.Snapshot> list = SnapshotFiles.list(dir);
    assertEquals(1, list.size());
    assertEquals(0, list.get(0).step());
    assertEquals("000000-ensemble.png", list.get(0).ensemble());
    assertEquals(Map.of("g1", "000000-g1.png", "g2", "000000-g2.png"), list.get(0).generators());

    Files.writeString(dir.resolve("000050-ensemble.png"), "x");
    assertEquals(50, SnapshotFiles.list(dir).get(1).step());
  }

  @Test
  void noFolderNoSnapshots(@TempDir Path dir) throws IOException {
    assertEquals(List.of(), SnapshotFiles.list(dir.resolve("snapshots")));
  }

  @Test
  void namesThatLeaveTheFolderAreNotSnapshots() {
    for (String name : List.of("../run.json", "..%2frun.json", "000000-../../x.png", "a.png")) {
      assertEquals(false, SnapshotFiles.NAME.matcher(name).matches(), name);
    }
  }
}
