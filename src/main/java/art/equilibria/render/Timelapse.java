package art.equilibria.render;

import art.equilibria.render.video.FrameSink;
import art.equilibria.run.RunException;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** The training itself as a work: the run's snapshot grids in order, each labelled by step. */
public final class Timelapse {
  private Timelapse() {}

  /** The overview snapshots of a run ({@code NNNNNN-ensemble.png}), oldest first. */
  public static List<Path> snapshots(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith("-ensemble.png"))
          .sorted()
          .toList();
    }
  }

  /** The frame size for these snapshots: the largest snapshot, scaled to fit, even. */
  public static int[] size(List<Path> snapshots, int width, int height)
      throws IOException, RunException {
    if (width > 0 && height > 0) {
      return new int[] {width, height};
    }
    BufferedImage last = read(snapshots.get(snapshots.size() - 1));
    return new int[] {
      last.getWidth() + (last.getWidth() & 1), last.getHeight() + (last.getHeight() & 1)
    };
  }

  /** Writes every snapshot {@code hold} times, scaled to the sink's size and labelled. */
  public static void write(List<Path> snapshots, int hold, int width, int height, FrameSink sink)
      throws IOException, RunException {
    for (Path snapshot : snapshots) {
      BufferedImage frame = frame(read(snapshot), label(snapshot), width, height);
      for (int i = 0; i < hold; i++) {
        sink.write(frame);
      }
    }
  }

  private static BufferedImage read(Path snapshot) throws RunException {
    BufferedImage picture;
    try {
      picture = ImageIO.read(snapshot.toFile());
    } catch (IOException damaged) {
      picture = null;
    }
    if (picture == null) {
      throw new RunException(
          snapshot + " is not a readable PNG (damaged?); move it out of the snapshots folder");
    }
    return picture;
  }

  private static String label(Path snapshot) {
    String name = snapshot.getFileName().toString();
    return "step " + Long.parseLong(name.substring(0, name.indexOf('-')));
  }

  private static BufferedImage frame(BufferedImage snapshot, String label, int width, int height) {
    BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = frame.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, width, height);
    double scale =
        Math.min((double) width / snapshot.getWidth(), (double) height / snapshot.getHeight());
    int w = (int) Math.round(snapshot.getWidth() * scale);
    int h = (int) Math.round(snapshot.getHeight() * scale);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    g.drawImage(snapshot, (width - w) / 2, (height - h) / 2, w, h, null);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 30)));
    g.setColor(Color.WHITE);
    g.drawString(label, 6, height - 8);
    g.dispose();
    return frame;
  }
}
