package art.equilibria.play;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An X server of its own for a test that shows something (Xvfb, on the first free display number),
 * so tests never draw on a real screen nor depend on one. Absent when Xvfb is not installed (CI
 * installs it).
 */
final class VirtualDisplay implements AutoCloseable {
  private final Process server;
  private final int number;

  private VirtualDisplay(Process server, int number) {
    this.server = server;
    this.number = number;
  }

  /** The Xvfb program, when installed. */
  static Optional<Path> xvfb() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "Xvfb");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** A screen of {@code width x height}, 24-bit colour, once its socket answers. */
  static VirtualDisplay start(Path xvfb, int width, int height) throws Exception {
    for (int n = 90; n < 190; n++) {
      if (Files.exists(Path.of("/tmp/.X" + n + "-lock"))
          || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
        continue;
      }
      Process server =
          new ProcessBuilder(
                  xvfb.toString(),
                  ":" + n,
                  "-screen",
                  "0",
                  width + "x" + height + "x24",
                  "-nolisten",
                  "tcp")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      Path socket = Path.of("/tmp/.X11-unix/X" + n);
      for (int i = 0; i < 100 && server.isAlive() && !Files.exists(socket); i++) {
        Thread.sleep(100);
      }
      if (server.isAlive() && Files.exists(socket)) {
        return new VirtualDisplay(server, n);
      }
      // Another server took the number meanwhile: try the next.
      server.destroy();
    }
    throw new IOException("no free X display number from :90 to :189");
  }

  String name() {
    return ":" + number;
  }

  @Override
  public void close() throws InterruptedException {
    server.destroy();
    if (!server.waitFor(5, TimeUnit.SECONDS)) {
      server.destroyForcibly();
    }
  }
}
