package art.equilibria.cli;

import ai.djl.Device;
import art.equilibria.cluster.Cluster;
import art.equilibria.loss.LossTerms;
import art.equilibria.piece.PieceFile;
import art.equilibria.piece.PieceReader;
import art.equilibria.run.RunFolder;
import art.equilibria.sweep.Axis;
import art.equilibria.sweep.CellPiece;
import art.equilibria.sweep.Grid;
import art.equilibria.sweep.Ranking;
import art.equilibria.sweep.RunScores;
import art.equilibria.sweep.Sweep;
import art.equilibria.sweep.SweepFolder;
import art.equilibria.sweep.SweepRecord;
import art.equilibria.sweep.SweepTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code equilibria sweep PIECE --vary FIELD=V1,V2,...}. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Train a piece once for every combination of the values of some of its fields, score each"
          + " run for stability and variety, and draw a contact sheet to choose from.",
      "Writes renders/<piece>/sweeps/<name>/: one run folder per cell and repeat, sweep.json,"
          + " scores.csv, scores.md and sheet.png. The same command again carries a stopped"
          + " sweep on."
    })
final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin DeviceOption device;

  @Parameters(paramLabel = "PIECE", arity = "0..1", description = "The piece file to sweep.")
  Path pieceFile;

  @Option(
      names = Axis.OPTION,
      paramLabel = "FIELD=V1,V2,...",
      description =
          "A piece field and the values it takes, each checked as --set checks it (repeatable):"
              + " --vary schedule.batch=4,8,16 --vary schedule.optimiser.lr=0.001,0.002.")
  List<String> vary = new ArrayList<>();

  @Option(
      names = "--steps",
      paramLabel = "N",
      description = "Train each run N steps instead of its piece's full schedule.")
  Long steps;

  @Option(
      names = "--repeats",
      paramLabel = "R",
      defaultValue = "1",
      description = "Train each cell R times, with seeds counted up from the piece's (default: 1).")
  int repeats;

  @Option(names = "--sketch", description = "Train each cell's sketch, as train --sketch does.")
  boolean sketch;

  @Mixin ClusterOptions cluster;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The sweep's folder name (default: the varied fields' names, e.g. batch-lr).")
  String name;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "renders",
      description = "Folder for runs (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--promote",
      paramLabel = "SWEEP:CELL",
      description =
          "Write a piece file with a cell's values beside the swept piece, e.g. --promote"
              + " renders/demo/sweeps/batch-lr:3 (cells are numbered in scores.md).")
  String promote;

  @Override
  public Integer call() throws Exception {
    if (promote != null) {
      return promote();
    }
    if (pieceFile == null || vary.isEmpty()) {
      throw new UserError(
          "give a piece and the fields to vary: sweep pieces/demo.yaml --vary"
              + " schedule.batch=4,8,16");
    }
    if (repeats < 1) {
      throw new UserError("--repeats " + repeats + ": give 1 or more");
    }
    if (steps != null && steps <= 0) {
      throw new UserError("--steps " + steps + ": give a positive number of steps");
    }
    List<Axis> axes = new ArrayList<>();
    Set<String> fields = new HashSet<>();
    for (String given : vary) {
      Axis axis = Axis.parse(given);
      if (!fields.add(axis.field())) {
        throw new UserError(
            Axis.OPTION + " " + given + ": " + axis.field() + " is varied twice; give it once");
      }
      axes.add(axis);
    }
    Grid grid = new Grid(axes, repeats);
    PieceFile file = PieceFile.read(pieceFile);
    Device d = device.choice.resolve();
    // Every cell is read, checked and sized before anything trains.
    for (int cell = 0; cell < grid.cells(); cell++) {
      CellPiece piece = CellPiece.of(file, grid, cell * repeats, sketch, LossTerms.installed());
      PieceReader.checkFits(piece.file(), piece.piece(), DeviceChoice.memoryOf(d), d.toString());
    }
    String sweepName = name != null ? checkedName(name) : defaultName(axes);
    String piece = RunFolder.pieceName(pieceFile);
    SweepFolder folder = SweepFolder.of(out, piece, sweepName);
    SweepRecord record =
        new SweepRecord(
            piece,
            pieceFile.toString(),
            steps,
            sketch,
            grid,
            file.sha256(),
            OffsetDateTime.now().toString());
    boolean carried = Sweep.begin(folder, file, record);
    System.err.printf(
        "%s %s: %d cells x %d repeats = %d runs, %s on %s%n"
            + "  sweep folder: %s (its page: ./equilibria watch %<s)%n",
        carried ? "carrying on sweeping" : "sweeping",
        pieceFile,
        grid.cells(),
        repeats,
        grid.runs(),
        cluster.onCluster() ? "on " + cluster.master : cluster.parallel + " at once",
        d,
        folder.dir());
    List<Ranking.Cell> ranking;
    try (Cluster cells = cluster.open(d);
        ProgressBar bar = Bars.paced("sweep", grid.runs())) {
      ranking =
          Sweep.run(
              folder, cells, run -> bar.step(), note -> System.err.println("warning: " + note));
    } catch (InterruptedException stopping) {
      return stopped(folder);
    }
    spec.commandLine().getOut().print(SweepTable.markdown(grid, ranking));
    spec.commandLine().getOut().flush();
    boolean finished = ranking.stream().allMatch(c -> c.runs().stream().allMatch(RunScores::ended));
    if (!finished) {
      return stopped(folder);
    }
    Ranking.Cell best = ranking.get(0);
    System.err.printf(
        "best: cell %d (%s); contact sheet %s%n  keep it: ./equilibria sweep --promote %s:%d%n",
        best.cell(), grid.label(best.cell()), folder.sheet(), folder.dir(), best.cell());
    return 0;
  }

  private static int stopped(SweepFolder folder) {
    System.err.printf("stopped; the same command again carries the sweep on (%s)%n", folder.dir());
    return TrainCommand.STOPPED;
  }

  private int promote() throws Exception {
    if (pieceFile != null || !vary.isEmpty()) {
      throw new UserError(
          "--promote takes no piece and no --vary: sweep --promote renders/<piece>/sweeps/NAME:CELL");
    }
    int colon = promote.lastIndexOf(':');
    int cell;
    try {
      cell = Integer.parseInt(promote.substring(colon + 1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      cell = -1;
    }
    SweepFolder folder =
        new SweepFolder(Path.of(colon < 0 ? promote : promote.substring(0, colon)));
    if (colon < 0 || cell < 0) {
      throw new UserError(
          "--promote " + promote + ": write SWEEP:CELL, e.g. renders/demo/sweeps/batch-lr:3");
    }
    if (!Files.exists(folder.record())) {
      throw new UserError(
          "--promote " + promote + ": " + folder.dir() + " is not a sweep (no sweep.json)");
    }
    spec.commandLine().getOut().println(Sweep.promote(folder, cell));
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The varied fields' last names joined: {@code batch-lr}. */
  private static String defaultName(List<Axis> axes) {
    return axes.stream()
        .map(a -> a.shortName().replaceAll("[^A-Za-z0-9_.-]", "_"))
        .collect(Collectors.joining("-"));
  }

  private static String checkedName(String given) {
    if (!SweepFolder.NAME.matcher(given).matches()) {
      throw new UserError(
          "--name "
              + given
              + ": a sweep's name is a folder name: letters, digits, '_', '-' and '.', not"
              + " starting with '.' or '-'");
    }
    return given;
  }
}
