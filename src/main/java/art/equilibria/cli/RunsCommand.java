package art.equilibria.cli;

import art.equilibria.run.RunFolder;
import art.equilibria.run.RunInfo;
import art.equilibria.run.RunStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code equilibria runs}: every run under the renders folder, oldest first. */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    description = "List the runs in renders/: piece, folder, start, steps done and state.")
final class RunsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "renders",
      description = "Folder of runs (default: ${DEFAULT-VALUE}).")
  Path out;

  /** One row; info is null when run.json cannot be read. */
  /** A run as listed; {@code info} and {@code status} are null when run.json cannot be read. */
  private record Row(Path dir, RunInfo info, RunStatus status, Instant lastWrite) {}

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(out)) {
      throw new UserError(out + ": no such folder of runs; pass --out DIR");
    }
    List<Row> rows = rows(out);
    if (rows.isEmpty()) {
      spec.commandLine()
          .getOut()
          .println("no runs in " + out + "; ./equilibria train PIECE makes one");
      return 0;
    }
    print(rows, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static List<Row> rows(Path out) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Path dir : RunFolder.all(out, 2)) {
      RunFolder run = new RunFolder(dir);
      RunInfo info;
      RunStatus status;
      try {
        info = RunInfo.read(run);
        status = RunStatus.of(run, info);
      } catch (IOException e) {
        info = null;
        status = null;
      }
      Path newest = Files.exists(run.metrics()) ? run.metrics() : run.info();
      rows.add(new Row(run.dir(), info, status, Files.getLastModifiedTime(newest).toInstant()));
    }
    rows.sort(
        Comparator.comparing((Row r) -> r.info() == null ? "" : r.info().started())
            .thenComparing(r -> r.dir().toString()));
    return rows;
  }

  private static void print(List<Row> rows, PrintWriter out) {
    Table table = new Table("PIECE", "RUN", "STARTED", "STEPS", "STATE", "LAST STEP");
    boolean crashed = false;
    for (Row r : rows) {
      RunInfo i = r.info();
      if (i == null) {
        table.add("?", r.dir().toString(), "", "", "unreadable run.json", "");
        continue;
      }
      crashed |= r.status().state().equals("crashed");
      table.add(
          i.piece(),
          r.dir().toString(),
          Times.local(i.started()),
          r.status().stepsDone() + " / " + i.totalSteps(),
          r.status().state(),
          Times.ago(Duration.between(r.lastWrite(), Instant.now())));
    }
    table.print(out);
    if (crashed) {
      out.println();
      out.println(
          "crashed: its training ended without stopping in order (killed, or the machine went"
              + " down); train --resume RUN carries on from its last checkpoint.");
    }
  }
}
