package art.equilibria.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM and keeps what it said. */
final class Cli {
  private Cli() {}

  /** The exit code, standard output and standard error of one command. */
  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    var cli = Main.commandLine();
    StringWriter err = new StringWriter();
    StringWriter out = new StringWriter();
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(out));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
