package art.equilibria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code ./equilibria} script's settings. {@code mvn} and {@code java} are stand-ins that only
 * say they ran, so no test builds or starts anything.
 */
class LauncherTest {
  @TempDir static Path bin;

  @BeforeAll
  static void standIns() throws IOException {
    standIn("mvn", "exit 0");
    standIn("java", "echo \"java $*\"; exit 97");
  }

  @ParameterizedTest
  @CsvSource({
    "EQUILIBRIA_THREADS, 1000000, 'EQUILIBRIA_THREADS must be a whole number from 1 to '",
    "EQUILIBRIA_THREADS, abc, 'EQUILIBRIA_THREADS must be a whole number from 1 to '",
    "EQUILIBRIA_THREADS, 0, 'EQUILIBRIA_THREADS must be a whole number from 1 to '",
    "EQUILIBRIA_THREADS, -1, 'EQUILIBRIA_THREADS must be a whole number from 1 to '",
    "EQUILIBRIA_HEAP, abc, 'EQUILIBRIA_HEAP must be a Java heap size such as 4g or 512m, not '",
    "EQUILIBRIA_HEAP, 4 g, 'EQUILIBRIA_HEAP must be a Java heap size such as 4g or 512m, not '",
    "EQUILIBRIA_MALLOC, tcmalloc, 'EQUILIBRIA_MALLOC must be jemalloc or system, not '",
    "EQUILIBRIA_NATIVES, rocm, 'EQUILIBRIA_NATIVES must be cpu or cuda, not '",
    "EQUILIBRIA_SPARK, maybe, 'EQUILIBRIA_SPARK must be yes or no, not '"
  })
  void aBadSettingIsOneLineAndExitCode2BeforeAnyBuild(String name, String value, String says)
      throws Exception {
    Result r = launch(Map.of(name, value));
    assertEquals(2, r.exit(), r.output());
    String line = r.output().strip();
    assertTrue(line.startsWith(says) && line.endsWith("'" + value + "'"), line);
    assertEquals(1, line.lines().count(), line);
  }

  @ParameterizedTest
  @CsvSource({"1, 512m", "01, 3G", "2, 1073741824"})
  void goodSettingsReachJava(String threads, String heap) throws Exception {
    Result r =
        launch(
            Map.of(
                "EQUILIBRIA_THREADS", threads,
                "EQUILIBRIA_HEAP", heap,
                "EQUILIBRIA_MALLOC", "system"));
    assertEquals(97, r.exit(), r.output());
    assertTrue(r.output().contains("java -Xmx" + heap + " "), r.output());
    assertTrue(r.output().contains("-Dai.djl.pytorch.num_threads=" + threads + " "), r.output());
  }

  @Test
  void theSparkBuildRunsWithTheJvmOptionsSparkNeeds() throws Exception {
    Result r = launch(Map.of("EQUILIBRIA_SPARK", "yes"));
    assertEquals(97, r.exit(), r.output());
    Path options = Path.of("src/spark/jvm-options").toAbsolutePath();
    assertTrue(r.output().contains("java @" + options + " -Xmx"), r.output());
    assertTrue(Files.readString(options).contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"));
  }

  @Test
  void plugInJarsJoinTheClassPathAndABadOneIsRefused(@TempDir Path dir) throws Exception {
    Path jar = Files.createFile(dir.resolve("mine.jar"));
    Path folder = Files.createDirectories(dir.resolve("more"));
    Path other = Files.createFile(folder.resolve("other.jar"));
    Result r = launch(Map.of("EQUILIBRIA_PLUGINS", jar + ":" + folder));
    assertEquals(97, r.exit(), r.output());
    assertTrue(
        r.output().contains(":" + jar + ":" + other + " art.equilibria.cli.Main"), r.output());

    Result bad = launch(Map.of("EQUILIBRIA_PLUGINS", dir.resolve("missing.jar").toString()));
    assertEquals(2, bad.exit(), bad.output());
    assertTrue(bad.output().strip().startsWith("EQUILIBRIA_PLUGINS: '"), bad.output());
  }

  private record Result(int exit, String output) {}

  private static Result launch(Map<String, String> settings) throws Exception {
    ProcessBuilder launcher = new ProcessBuilder("bash", "equilibria", "--help");
    launcher.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    launcher.environment().putAll(settings);
    Process p = launcher.redirectErrorStream(true).start();
    assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the launcher finished");
    return new Result(
        p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private static void standIn(String name, String body) throws IOException {
    Path script = bin.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
