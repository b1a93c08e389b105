package art.equilibria.cli;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import art.equilibria.image.Images;
import art.equilibria.measure.Difference;
import art.equilibria.measure.Measures;
import art.equilibria.measure.PureDiversity;
import art.equilibria.measure.Vendi;
import art.equilibria.render.FrameRenderer;
import art.equilibria.sampling.TrainedRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code equilibria measure}: the picture measures of PNG files (the artist's reference images, a
 * snapshot grid, stills) or of a run's generators as its render shows them, as a Markdown table.
 */
@Command(
    name = "measure",
    mixinStandardHelpOptions = true,
    description = {
      "Measure pictures: clipped and mid-tone shares, colourfulness, sharpness, brightness,"
          + " hue, complexity, compressed size, left-right and top-bottom symmetry (every"
          + " installed measure), how many different pictures there are (Vendi score) and how far"
          + " apart they all are (pure diversity).",
      "Give PNG files (cut into tiles with --tiles), or run folders: a run's generators are"
          + " sampled at seeds 0..N-1 and shown as its render would show them."
    })
final class MeasureCommand implements Callable<Integer> {
  private static final Pattern TILES = Pattern.compile("([0-9]+)x([0-9]+)");
  private static final Pattern CROP = Pattern.compile("([0-9]+),([0-9]+),([0-9]+),([0-9]+)");

  @Mixin CommonOptions common;
  @Mixin RenderOptions render;

  @Parameters(paramLabel = "PNG|RUN", arity = "1..*", description = "PNG files or run folders.")
  List<Path> targets;

  @Option(
      names = "--tiles",
      paramLabel = "CxR",
      defaultValue = "1x1",
      description = "Cut each PNG into C columns and R rows of tiles (default: ${DEFAULT-VALUE}).")
  String tiles;

  @Option(
      names = "--crop",
      paramLabel = "X,Y,W,H",
      description = "Measure only this rectangle of each PNG (before cutting it into tiles).")
  String crop;

  @Option(
      names = "--trim",
      paramLabel = "PX",
      defaultValue = "0",
      description = "Leave out PX pixels at every edge of a tile: gaps, frames, letterbox.")
  int trim;

  @Option(
      names = "--count",
      paramLabel = "N",
      defaultValue = "64",
      description = "Pictures per generator of a run, seeds 0..N-1 (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--checkpoint", defaultValue = "latest", paramLabel = "STEP|latest")
  String checkpoint;

  @Mixin DeviceOption device;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Matcher grid = TILES.matcher(tiles);
    if (!grid.matches()
        || Integer.parseInt(grid.group(1)) < 1
        || Integer.parseInt(grid.group(2)) < 1) {
      throw new UserError("--tiles " + tiles + ": write COLUMNSxROWS, for example 7x3");
    }
    if (count < 2 || count > 4096) {
      throw new UserError("--count " + count + ": use 2 to 4096 pictures per generator");
    }
    if (trim < 0) {
      throw new UserError("--trim " + trim + ": give 0 or more pixels");
    }
    Measures measures = Measures.installed();
    List<String> header = new ArrayList<>(List.of("pictures", "n"));
    header.addAll(measures.names());
    header.add(Vendi.NAME);
    header.add(PureDiversity.NAME);
    header.add(Difference.NAME);
    PrintWriter out = spec.commandLine().getOut();
    out.println("| " + String.join(" | ", header) + " |");
    out.println("|---|" + "---:|".repeat(header.size() - 1));
    Device d = device.choice.resolve();
    for (Path target : targets) {
      if (Files.isDirectory(target)) {
        run(target, d, measures, out);
      } else {
        picture(
            target,
            Integer.parseInt(grid.group(1)),
            Integer.parseInt(grid.group(2)),
            measures,
            out);
      }
    }
    out.flush();
    return 0;
  }

  private void picture(Path file, int columns, int rows, Measures measures, PrintWriter out)
      throws IOException {
    BufferedImage picture;
    try {
      picture = Files.isRegularFile(file) ? ImageIO.read(file.toFile()) : null;
    } catch (IOException e) {
      picture = null;
    }
    if (picture == null) {
      throw new UserError(file + ": not a picture this can read; give PNG files or run folders");
    }
    List<BufferedImage> parts;
    try {
      parts = Images.tiles(cropped(file, picture), columns, rows, trim);
    } catch (IllegalArgumentException e) {
      throw new UserError(file + ": " + e.getMessage() + "; use fewer --tiles or a smaller --trim");
    }
    try (NDManager m = NDManager.newBaseManager()) {
      row(out, file.toString(), parts.size(), measures.summarise(Images.levels(parts, m)), null);
    }
  }

  private BufferedImage cropped(Path file, BufferedImage picture) {
    if (crop == null) {
      return picture;
    }
    Matcher m = CROP.matcher(crop);
    if (!m.matches()) {
      throw new UserError("--crop " + crop + ": write X,Y,WIDTH,HEIGHT in pixels");
    }
    int x = Integer.parseInt(m.group(1));
    int y = Integer.parseInt(m.group(2));
    int w = Integer.parseInt(m.group(3));
    int h = Integer.parseInt(m.group(4));
    if (w < 1 || h < 1 || x + w > picture.getWidth() || y + h > picture.getHeight()) {
      throw new UserError(
          "--crop "
              + crop
              + ": not inside "
              + file
              + " ("
              + picture.getWidth()
              + "x"
              + picture.getHeight()
              + ")");
    }
    return picture.getSubimage(x, y, w, h);
  }

  private void run(Path dir, Device d, Measures measures, PrintWriter out) throws Exception {
    try (TrainedRun run = RenderCommand.open(dir, checkpoint, d, render.overrides())) {
      FrameRenderer frames = new FrameRenderer(run.ensemble(), run.growth(), run.piece().render());
      List<Long> seeds = LongStream.range(0, count).boxed().toList();
      List<String> generators = frames.generators();
      try (NDScope scope = new NDScope()) {
        Map<String, NDArray> levels = new LinkedHashMap<>();
        for (String g : generators) {
          levels.put(g, frames.levels(g, seeds));
        }
        for (String g : generators) {
          double difference = 0;
          for (String other : generators) {
            if (!other.equals(g)) {
              difference += Difference.between(levels.get(g), levels.get(other));
            }
          }
          Double mean = generators.size() > 1 ? difference / (generators.size() - 1) : null;
          row(
              out,
              dir + " " + g + " (step " + run.step() + ")",
              count,
              measures.summarise(levels.get(g)),
              mean);
        }
      }
    }
  }

  private static void row(
      PrintWriter out, String name, int n, Map<String, Double> values, Double difference) {
    List<String> cells = new ArrayList<>(List.of(name, Integer.toString(n)));
    values.forEach((measure, v) -> cells.add(format(measure, v)));
    cells.add(difference == null ? "" : String.format("%.3f", difference));
    out.println("| " + String.join(" | ", cells) + " |");
  }

  /** Shares as percentages, the rest with the precision that tells them apart. */
  private static String format(String measure, double v) {
    return switch (measure) {
      case "clipped", "mid-tone" -> String.format("%.1f%%", 100 * v);
      case "colourfulness", "brightness", "hue" -> String.format("%.1f", v);
      case "symmetry-lr", "symmetry-tb" -> String.format("%.3f", v);
      default -> String.format("%.2f", v);
    };
  }
}
