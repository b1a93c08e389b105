package art.equilibria.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
  @Option(names = "--verbose", description = "Show library logging (DJL, FFmpeg) and stack traces.")
  boolean verbose;
}
