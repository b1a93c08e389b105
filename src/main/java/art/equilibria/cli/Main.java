package art.equilibria.cli;

import java.util.Arrays;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code equilibria} command. */
@Command(
    name = "equilibria",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Train generator ensembles without data and render them as video works.",
    subcommands = {
      MakeCommand.class,
      TrainCommand.class,
      RenderCommand.class,
      PlayCommand.class,
      StillsCommand.class,
      TimelapseCommand.class,
      MeasureCommand.class,
      SearchCommand.class,
      OptimiseCommand.class,
      SweepCommand.class,
      WatchCommand.class,
      RunsCommand.class,
      ShowCommand.class,
      PiecesCommand.class,
      NewCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class,
      AutoComplete.GenerateCompletion.class
    })
public final class Main implements Runnable {

  /** Exit code for bad input from the artist (a broken piece, a bad option). */
  static final int BAD_INPUT = 2;

  public static void main(String[] args) {
    Logging.configure(Arrays.asList(args).contains("--verbose"));
    System.exit(commandLine().execute(args));
  }

  private static long wholeNumber(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
    }
  }

  private static int smallWholeNumber(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException(
          "'"
              + text
              + "' is not a whole number from "
              + Integer.MIN_VALUE
              + " to "
              + Integer.MAX_VALUE);
    }
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new Failures());
    // picocli's own words ("is not a long") name a Java type, not what to write.
    cli.registerConverter(Long.class, Main::wholeNumber);
    cli.registerConverter(Long.TYPE, Main::wholeNumber);
    cli.registerConverter(Integer.class, Main::smallWholeNumber);
    cli.registerConverter(Integer.TYPE, Main::smallWholeNumber);
    // A mistyped option gets one line and a pointer to the help, not the whole usage text.
    cli.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine failed = e.getCommandLine();
          failed.getErr().println(e.getMessage());
          // picocli's "Did you mean: render?" for a near miss of a command or an option.
          CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr());
          failed.getErr().println("(see: " + failed.getCommandSpec().qualifiedName() + " --help)");
          return BAD_INPUT;
        });
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // Help wraps to the terminal's width (80 columns where there is none).
    cli.setUsageHelpAutoWidth(true);
    return cli;
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }
}
