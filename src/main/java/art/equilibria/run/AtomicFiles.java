package art.equilibria.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes files so that a reader sees either the old file or the complete new one: the bytes go to a
 * temporary file beside the target, are forced to disk, then renamed over it. A crash or a full
 * disk midway leaves the previous file untouched.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes a file's content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".partial");
    try {
      readableByAll(temp);
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      replace(temp, target);
    } catch (IOException e) {
      throw new IOException(
          "cannot write " + target + " (" + rootMessage(e) + "; " + free(dir) + ")", e);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Libraries' own words hide the cause ("I/O error writing PNG file!"): the root one says it. */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
  }

  private static String free(Path dir) {
    try {
      long mib = Files.getFileStore(dir).getUsableSpace() >> 20;
      return mib + " MiB free there" + (mib < 64 ? ": free some space and run again" : "");
    } catch (IOException unknown) {
      return "free space unknown";
    }
  }

  /**
   * Forces a finished file to disk, then renames it over {@code target} in one step (for files
   * another library wrote, such as FFmpeg).
   */
  public static void replace(Path finished, Path target) throws IOException {
    try (FileChannel channel = FileChannel.open(finished, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Deletes the temporary files a killed process (kill -9, a power cut) left beside {@code target},
   * those of its own name only: called when the same file is written again.
   *
   * @return how many were deleted
   */
  public static int removeLeftovers(Path target) throws IOException {
    return removeLeftovers(target.toAbsolutePath().getParent(), "." + target.getFileName());
  }

  /**
   * Deletes every temporary file a killed write left in {@code dir}; for a folder no one writes.
   */
  public static int removeLeftoversIn(Path dir) throws IOException {
    return removeLeftovers(dir, ".");
  }

  private static int removeLeftovers(Path dir, String prefix) throws IOException {
    if (dir == null || !Files.isDirectory(dir)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.partial")) {
      for (Path file : files) {
        if (file.getFileName().toString().startsWith(prefix)
            && Files.isRegularFile(file)
            && Files.deleteIfExists(file)) {
          removed++;
        }
      }
    }
    return removed;
  }

  /**
   * Deletes a folder of work in progress and everything in it, if it exists (a staging folder never
   * completed, or one whose contents were moved on).
   */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Temporary files are private; the file they become is an ordinary one (rw-r--r--). */
  private static void readableByAll(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }
}
