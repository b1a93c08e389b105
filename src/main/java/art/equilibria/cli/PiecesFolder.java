package art.equilibria.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --dir}, the folder of pieces, for the commands that list or add pieces. */
final class PiecesFolder {
  @Option(
      names = "--dir",
      defaultValue = "pieces",
      description = "Folder of pieces (default: ${DEFAULT-VALUE}).")
  Path dir;

  /** The folder, or one line saying it is missing. */
  Path existing() {
    if (!Files.isDirectory(dir)) {
      throw new UserError(dir + ": no such folder of pieces; pass --dir DIR");
    }
    return dir;
  }
}
