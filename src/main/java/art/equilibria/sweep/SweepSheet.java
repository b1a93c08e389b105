package art.equilibria.sweep;

import art.equilibria.image.TileScaler;
import art.equilibria.render.ContactSheet;
import art.equilibria.run.SnapshotFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * The contact sheet an artist chooses from: the first field's values as rows, the second's as
 * columns, and one such panel for each combination of any further fields (small multiples). Each
 * cell is its first run's last side-by-side snapshot with its rank and scores; a failed cell is
 * framed in red and says how it failed, and a cell not scored yet shows its latest snapshot so far.
 */
public final class SweepSheet {
  private static final int WIDTH = ContactSheet.THUMBNAIL;
  private static final int MARGIN = 10;
  private static final int HEADER = 22;
  private static final int ROW_LABEL = 120;
  private static final int LINE = 16;
  private static final int LINES = 3;
  private static final Color BACKGROUND = new Color(24, 24, 24);
  private static final Color FAILED = new Color(230, 60, 50);

  private SweepSheet() {}

  /**
   * @param runDir the folder of each run, by run number
   */
  public static BufferedImage of(
      Grid grid, List<Ranking.Cell> ranking, java.util.function.IntFunction<Path> runDir)
      throws IOException {
    Ranking.Cell[] byCell = new Ranking.Cell[grid.cells()];
    ranking.forEach(c -> byCell[c.cell()] = c);
    BufferedImage[] pictures = new BufferedImage[grid.cells()];
    double aspect = 0.5;
    for (int c = 0; c < grid.cells(); c++) {
      pictures[c] = lastSnapshot(runDir.apply(c * grid.repeats()));
      if (pictures[c] != null) {
        aspect = (double) pictures[c].getHeight() / pictures[c].getWidth();
      }
    }
    int height = (int) Math.round(WIDTH * aspect);
    List<Axis> axes = grid.axes();
    int rows = axes.size() >= 2 ? axes.get(0).values().size() : 1;
    int columns = axes.get(axes.size() >= 2 ? 1 : 0).values().size();
    int panels = grid.cells() / (rows * columns);
    int cellW = WIDTH + MARGIN;
    int cellH = height + LINES * LINE + MARGIN;
    int panelH = HEADER + HEADER + rows * cellH;
    BufferedImage sheet =
        new BufferedImage(
            ROW_LABEL + columns * cellW + MARGIN,
            panels * panelH + MARGIN,
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    g.setColor(BACKGROUND);
    g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    TileScaler scaler = new TileScaler();
    Axis columnAxis = axes.get(axes.size() >= 2 ? 1 : 0);
    for (int p = 0; p < panels; p++) {
      int top = MARGIN + p * panelH;
      int firstCell = p; // with more than two axes, the panel's fields are the fastest
      g.setFont(bold);
      g.setColor(Color.WHITE);
      g.drawString(panelTitle(grid, firstCell, axes.size()), MARGIN, top + 14);
      g.setFont(plain);
      for (int col = 0; col < columns; col++) {
        g.drawString(
            columnAxis.shortName() + "=" + columnAxis.values().get(col),
            ROW_LABEL + col * cellW,
            top + HEADER + 14);
      }
      for (int row = 0; row < rows; row++) {
        int y = top + 2 * HEADER + row * cellH;
        if (axes.size() >= 2) {
          g.setColor(Color.WHITE);
          g.drawString(
              axes.get(0).shortName() + "=" + axes.get(0).values().get(row), MARGIN, y + 14);
        }
        for (int col = 0; col < columns; col++) {
          int cell = (row * columns + col) * panels + p;
          int x = ROW_LABEL + col * cellW;
          drawCell(g, scaler, sheet, pictures[cell], byCell[cell], x, y, height, plain, bold);
        }
      }
    }
    g.dispose();
    return sheet;
  }

  private static void drawCell(
      Graphics2D g,
      TileScaler scaler,
      BufferedImage sheet,
      BufferedImage picture,
      Ranking.Cell cell,
      int x,
      int y,
      int height,
      Font plain,
      Font bold) {
    if (picture != null) {
      int h = (int) Math.round((double) picture.getHeight() * WIDTH / picture.getWidth());
      scaler.draw(picture, sheet, x, y, WIDTH, Math.min(h, height));
    }
    int text = y + height + LINE - 3;
    if (cell == null) {
      // Still training, or waiting for its turn: its latest snapshot, if any, and no scores yet.
      g.setColor(Color.LIGHT_GRAY);
      g.setFont(plain);
      g.drawString("not scored yet", x, text);
      return;
    }
    RunScores first = cell.first();
    g.setColor(Color.WHITE);
    g.setFont(bold);
    g.drawString(
        String.format("#%d  equilibrium %s", cell.rank(), SweepTable.number(cell.score())),
        x,
        text);
    g.setFont(plain);
    g.drawString(
        String.format(
            "vendi %s/%d  g-diff %s  spikes %d",
            SweepTable.number(first.variety().finalVendi()),
            first.variety().pictures(),
            SweepTable.number(first.difference()),
            first.stability().gradientSpikes()),
        x,
        text + LINE);
    if (!cell.failures().isEmpty()) {
      g.setColor(FAILED);
      g.setFont(bold);
      g.drawString(
          cell.failures().stream()
              .map(f -> f.key().toUpperCase(java.util.Locale.ROOT))
              .collect(Collectors.joining(" ")),
          x,
          text + 2 * LINE);
      g.setStroke(new BasicStroke(3));
      g.drawRect(x - 2, y - 2, WIDTH + 3, height + 3);
    } else if (!first.state().equals("finished")) {
      g.setColor(Color.LIGHT_GRAY);
      g.drawString(first.state() + " at step " + first.steps(), x, text + 2 * LINE);
    }
  }

  /** The fields a panel holds fixed (beyond rows and columns), or the sweep's shape. */
  private static String panelTitle(Grid grid, int cell, int axes) {
    if (axes <= 2) {
      return grid.axes().stream().map(Axis::field).collect(Collectors.joining(" x "));
    }
    int[] at = grid.coordinates(cell);
    List<String> parts = new ArrayList<>();
    for (int a = 2; a < axes; a++) {
      Axis axis = grid.axes().get(a);
      parts.add(axis.shortName() + "=" + axis.values().get(at[a]));
    }
    return String.join("  ", parts);
  }

  private static BufferedImage lastSnapshot(Path run) throws IOException {
    List<SnapshotFiles.Snapshot> all = SnapshotFiles.list(run.resolve("snapshots"));
    return all.isEmpty()
        ? null
        : ImageIO.read(
            run.resolve("snapshots").resolve(all.get(all.size() - 1).ensemble()).toFile());
  }
}
