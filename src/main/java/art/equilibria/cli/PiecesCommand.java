package art.equilibria.cli;

import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code equilibria pieces}: the pieces in a folder with their titles. */
@Command(
    name = "pieces",
    mixinStandardHelpOptions = true,
    description = "List the pieces in pieces/ with their titles and sizes.")
final class PiecesCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = "--dir",
      defaultValue = "pieces",
      description = "Folder of pieces (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new UserError(dir + ": no such folder of pieces; pass --dir DIR");
    }
    List<Path> files;
    try (Stream<Path> all = Files.list(dir)) {
      files = all.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      try {
        Piece p = TrainCommand.readPiece(file);
        System.out.printf(
            "%-44s %-56s %4d-%d px, %d steps%n",
            file,
            p.title(),
            p.schedule().startResolution(),
            p.schedule().finalResolution(),
            p.schedule().totalSteps());
      } catch (PieceException e) {
        System.out.printf("%-44s INVALID: %s%n", file, e.getMessage());
      }
    }
    return 0;
  }
}
