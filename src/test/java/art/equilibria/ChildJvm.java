package art.equilibria;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code equilibria} in a separate JVM, for tests that stop a process from outside. */
public final class ChildJvm {
  private ChildJvm() {}

  /** Starts {@code equilibria ARGS...} with its output going to {@code log}. */
  public static Process equilibria(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "-Dai.djl.offline=true",
            "-Dai.djl.pytorch.num_threads=1",
            "art.equilibria.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
