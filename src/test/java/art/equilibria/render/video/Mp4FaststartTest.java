package art.equilibria.render.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The faststart rewrite either replaces the file whole or leaves it exactly as it was. */
class Mp4FaststartTest {
  @TempDir Path dir;

  @Test
  void failedRewriteLeavesTheFileAndNoTemporaryBehind() throws IOException {
    Path video = dir.resolve("broken.mp4");
    byte[] content = "not an mp4 at all".getBytes();
    Files.write(video, content);
    assertThrows(IOException.class, () -> Mp4Faststart.rewrite(video, "mp4"));
    assertArrayEquals(content, Files.readAllBytes(video));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(video), files.toList());
    }
  }
}
