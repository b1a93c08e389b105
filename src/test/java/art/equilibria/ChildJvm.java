package art.equilibria;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs {@code equilibria} in a separate JVM, for tests that stop a process from outside. */
public final class ChildJvm {
  private ChildJvm() {}

  /** Starts {@code equilibria ARGS...} with its output going to {@code log}. */
  public static Process equilibria(Path log, String... args) throws IOException {
    return start(log, Map.of(), "art.equilibria.cli.Main", args);
  }

  /**
   * Starts a class's {@code main} on this class path, with more environment (a DISPLAY), its output
   * going to {@code log}.
   */
  public static Process start(Path log, Map<String, String> env, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "-Dai.djl.offline=true",
            "-Dai.djl.pytorch.num_threads=1",
            mainClass));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    return builder.start();
  }
}
