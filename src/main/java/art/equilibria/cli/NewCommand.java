package art.equilibria.cli;

import art.equilibria.loss.LossTerms;
import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceException;
import art.equilibria.piece.PieceReader;
import art.equilibria.run.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code equilibria new NAME}: a new piece, a copy of a shipped one with its comments (which say
 * what each choice does) and a title of its own, checked by the reader before it is written.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Start a piece: pieces/NAME.yaml, a commented copy of another piece.")
final class NewCommand implements Callable<Integer> {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern TITLE = Pattern.compile("(?m)^title:.*$");

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The piece's name: a-z, 0-9, -.")
  String name;

  @Option(
      names = "--from",
      defaultValue = "demo",
      paramLabel = "PIECE",
      description =
          "The piece to start from: a name in the folder (demo, series1-cosine-cosine, ...) or a"
              + " file (default: ${DEFAULT-VALUE}).")
  String from;

  @Mixin PiecesFolder pieces;

  @Override
  public Integer call() throws IOException, PieceException {
    Path dir = pieces.existing();
    if (!NAME.matcher(name).matches()) {
      throw new UserError(
          "NAME '" + name + "': use lower-case letters, digits and dashes, e.g. blue-hour");
    }
    Path target = dir.resolve(name + ".yaml");
    if (Files.exists(target)) {
      throw new UserError(target + " exists; choose another NAME (nothing was overwritten)");
    }
    Path source = from.endsWith(".yaml") ? Path.of(from) : dir.resolve(from + ".yaml");
    if (!Files.isRegularFile(source)) {
      throw new UserError(
          "--from " + from + ": no piece at " + source + "; see ./equilibria pieces");
    }
    String text = Files.readString(source);
    String renamed =
        TITLE.matcher(text).find()
            ? TITLE.matcher(text).replaceFirst("title: \"" + name + "\"")
            : "title: \"" + name + "\"\n" + text;
    // The copy must read as its source did: a piece that cannot be trained is not written.
    Piece piece = PieceReader.parse(renamed, target.toString(), LossTerms.installed());
    AtomicFiles.write(target, renamed.getBytes(StandardCharsets.UTF_8));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "wrote %s (from %s: %d-%d px, %d steps); make it with ./equilibria make %s%n",
        target,
        source,
        piece.schedule().startResolution(),
        piece.schedule().finalResolution(),
        piece.schedule().totalSteps(),
        target);
    out.flush();
    return 0;
  }
}
