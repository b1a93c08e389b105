package art.equilibria.cli;

import art.equilibria.loss.LossTerms;
import art.equilibria.run.RunInfo;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.IVersionProvider;

/** Prints the project's version and the plug-in terms it found. */
public final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    List<String> lines = new ArrayList<>();
    lines.add("equilibria " + RunInfo.projectVersion());
    LossTerms.installed()
        .plugIns()
        .forEach((term, from) -> lines.add("plug-in term " + term + " from " + from));
    return lines.toArray(String[]::new);
  }
}
