package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code equilibria measure} on a picture whose measures are known. */
class MeasureCommandTest {

  @Test
  void measuresTheTilesOfAPictureAsOneBatch(@TempDir Path tmp) throws Exception {
    // Two 20 px tiles inside a 2 px black frame: mid-grey on the left, pure red on the right.
    BufferedImage picture = new BufferedImage(48, 24, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(new Color(128, 128, 128));
    g.fillRect(2, 2, 20, 20);
    g.setColor(new Color(255, 0, 0));
    g.fillRect(26, 2, 20, 20);
    g.dispose();
    Path file = tmp.resolve("two.png");
    ImageIO.write(picture, "png", file.toFile());

    Cli.Result r =
        Cli.run("measure", file.toString(), "--tiles", "2x1", "--trim", "2", "--device", "cpu");

    assertEquals(0, r.exit(), r.err());
    String row = r.out().lines().filter(l -> l.contains("two.png")).findFirst().orElseThrow();
    // Half the channel values are clipped (the red tile's three) and half the pixels mid-tone
    // (the grey tile's); grey against red around mid-grey: a cosine of -1/3, Vendi 1.89; every
    // channel about 1 apart as signed levels (0.996, 1.004, 1.004): pure diversity 1.00.
    assertTrue(row.startsWith("| " + file + " | 2 | 50.0% | 50.0% |"), row);
    assertTrue(row.contains("| 1.89 | 1.00 |"), row);
  }

  @Test
  void aFileThatIsNotAPictureIsNamed(@TempDir Path tmp) throws Exception {
    Path file = java.nio.file.Files.writeString(tmp.resolve("notes.png"), "not a png");
    Cli.Result r = Cli.run("measure", file.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains(file + ": not a picture"), r.err());
  }
}
