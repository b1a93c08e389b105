package art.equilibria.cli;

import art.equilibria.piece.PieceException;
import art.equilibria.run.RunException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line for the artist: bad input exits with 2, anything else with 1.
 * The stack trace is shown only with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    boolean verbose = parsed.hasMatchedOption("--verbose") || hasVerbose(parsed);
    if (e instanceof PieceException || e instanceof UserError || e instanceof RunException) {
      cli.getErr().println(e.getMessage());
      return Main.BAD_INPUT;
    }
    cli.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    if (verbose) {
      e.printStackTrace(cli.getErr());
    } else {
      cli.getErr().println("(run again with --verbose for details)");
    }
    return 1;
  }

  private static boolean hasVerbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
