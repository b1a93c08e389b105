package art.equilibria.cli;

import art.equilibria.run.RunInfo;
import picocli.CommandLine.IVersionProvider;

/** Prints the project's version. */
public final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"equilibria " + RunInfo.projectVersion()};
  }
}
