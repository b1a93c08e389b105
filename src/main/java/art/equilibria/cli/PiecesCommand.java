package art.equilibria.cli;

import art.equilibria.loss.LossTerms;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code equilibria pieces}: the pieces in a folder with their titles. */
@Command(
    name = "pieces",
    mixinStandardHelpOptions = true,
    description = "List the pieces in pieces/ with their titles and sizes.")
final class PiecesCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Mixin PiecesFolder pieces;

  @Override
  public Integer call() throws IOException {
    Path dir = pieces.existing();
    List<Path> files;
    try (Stream<Path> all = Files.list(dir)) {
      files = all.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    int invalid = 0;
    for (Path file : files) {
      try {
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
          // A pipe would block the listing until written to; train reads one, pieces does not.
          throw new PieceException(
              file.toString(), 0, "", "is a device or a pipe, not a piece file; skipped");
        }
        Piece p = TrainCommand.readPiece(file);
        out.printf(
            "%-44s %-56s %4d-%d px, %d steps%n",
            file,
            p.title(),
            p.schedule().startResolution(),
            p.schedule().finalResolution(),
            p.schedule().totalSteps());
      } catch (PieceException e) {
        out.printf("%-44s INVALID: %s%n", file, e.getMessage());
        invalid++;
      }
    }
    LossTerms.installed()
        .plugIns()
        .forEach((term, from) -> out.printf("plug-in term %s from %s%n", term, from));
    out.flush();
    // Non-zero when any piece is invalid, so the listing serves as a check (in CI, a hook).
    return invalid == 0 ? 0 : Main.BAD_INPUT;
  }
}
