package art.equilibria.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files the page may serve: regular files whose real path lies in the folder shown. */
final class Contained {
  private Contained() {}

  /**
   * The file's real path when it is a regular file inside {@code folder}; else null (absent, a
   * broken link, or a link out: the page must not be a way to read other files).
   */
  static Path file(Path folder, Path path) {
    try {
      Path file = path.toRealPath();
      return file.startsWith(folder.toRealPath()) && Files.isRegularFile(file) ? file : null;
    } catch (IOException e) {
      return null;
    }
  }
}
