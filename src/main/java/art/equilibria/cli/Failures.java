package art.equilibria.cli;

import ai.djl.engine.EngineException;
import art.equilibria.piece.PieceException;
import art.equilibria.render.video.OutputPathException;
import art.equilibria.run.DamagedFileException;
import art.equilibria.run.RunException;
import java.io.IOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line for the artist: bad input exits with 2, anything else with 1.
 * The stack trace is shown only with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler {
  /** DJL's class of libtorch's native calls, whose failures come back as engine exceptions. */
  private static final String NATIVE_CALLS = "ai.djl.pytorch.jni.PyTorchLibrary";

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    boolean verbose = parsed.hasMatchedOption("--verbose") || hasVerbose(parsed);
    if (e instanceof PieceException || e instanceof UserError || e instanceof RunException) {
      cli.getErr().println(e.getMessage());
      return Main.BAD_INPUT;
    }
    IOException input = badInputBehind(e);
    if (input != null) {
      cli.getErr().println(input.getMessage());
      return Main.BAD_INPUT;
    }
    EngineException engine = engineFailure(e);
    if (engine != null && inOperation(engine)) {
      cli.getErr().println("error: a libtorch operation failed: " + describe(engine));
    } else if (engine != null) {
      // DJL's own words ("Failed to save pytorch index file") do not say that libtorch is missing.
      cli.getErr().println("error: libtorch could not be loaded: " + describe(engine));
      cli.getErr()
          .println(
              "(libtorch comes offline from the natives in target/lib, chosen by"
                  + " EQUILIBRIA_NATIVES, or from PYTORCH_LIBRARY_PATH; see README, 'CUDA')");
    } else {
      cli.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    }
    if (verbose) {
      e.printStackTrace(cli.getErr());
    } else {
      cli.getErr().println("(run again with --verbose for details)");
    }
    return 1;
  }

  /** The engine failure behind {@code e}, if libtorch failed to load; null otherwise. */
  static EngineException engineFailure(Throwable e) {
    return causeOfType(e, EngineException.class);
  }

  /**
   * Whether libtorch failed in an operation (thrown from one of its native calls) rather than while
   * loading: then the natives are there and the hint about where they come from would mislead.
   */
  private static boolean inOperation(EngineException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().equals(NATIVE_CALLS)) {
        return true;
      }
    }
    return false;
  }

  /** An unusable output path or a damaged run file behind {@code e}: the user's to fix. */
  private static IOException badInputBehind(Throwable e) {
    IOException output = causeOfType(e, OutputPathException.class);
    return output != null ? output : causeOfType(e, DamagedFileException.class);
  }

  /** {@code e} or the first of its causes of that type; null when there is none. */
  private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** The failure's message and, when it says something more, its root cause's. */
  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
      message += " (" + root.getMessage() + ")";
    }
    return message;
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
