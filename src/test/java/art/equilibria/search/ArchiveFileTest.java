package art.equilibria.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import art.equilibria.qd.archive.Range;
import art.equilibria.qd.scheduler.Algorithm;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveFileTest {
  @Test
  void aRecordOfAnEarlierVersionWithFieldsSinceReplacedStillReads(@TempDir Path dir)
      throws Exception {
    SearchSpec spec =
        new SearchSpec(
            "s", "g1", List.of("a", "b"), "typical", Algorithm.CMA_ME, 2, 1, 3, 0, 1, null, null);
    SearchRecord record =
        new SearchRecord(
            spec,
            "run",
            1,
            List.of(new Range(0, 1), new Range(0, 1)),
            null,
            "finished",
            1,
            List.of(),
            null);
    ObjectMapper json = new ObjectMapper();
    ObjectNode old = json.valueToTree(record);
    old.remove("diversity");
    old.put("vendi", 3.5); // how an earlier version wrote the elites' diversity
    Files.write(dir.resolve("search.json"), json.writeValueAsBytes(old));
    Files.writeString(dir.resolve("archive.csv"), "cell,objective,a,b,z0,z1\n2,90,0.5,0.25,1,-1\n");

    ArchiveFile archive = ArchiveFile.read(dir);

    assertNull(archive.record().diversity());
    assertEquals(1, archive.elites().size());
    assertArrayEquals(new double[] {1, -1}, archive.elites().get(0).solution(), 0);
  }
}
