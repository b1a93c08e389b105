package art.equilibria.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM and keeps what it said on standard error. */
final class Cli {
  private Cli() {}

  /** The exit code and standard error of one command. */
  record Result(int exit, String err) {}

  static Result run(String... args) {
    var cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    return new Result(cli.execute(args), err.toString());
  }
}
