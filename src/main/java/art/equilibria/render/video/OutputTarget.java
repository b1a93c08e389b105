package art.equilibria.render.video;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Checks, before FFmpeg starts, that the output can be written, so the user gets the path and what
 * to do instead of an FFmpeg error code.
 */
final class OutputTarget {
  private OutputTarget() {}

  static void prepare(Path output, VideoFormat format) throws IOException {
    if (output.toString().isBlank()) {
      throw new OutputPathException(
          "the output path is empty; give a file such as videos/work."
              + (format.isFolder() ? "mp4" : format.extension()));
    }
    Path absolute = output.toAbsolutePath();
    if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
      throw new OutputPathException(
          "cannot write to " + absolute + ": it is not a file (a device or a pipe); give a path");
    }
    if (format.isFolder()) {
      refuseFileNames(absolute);
      createFolder(absolute, "the frame folder");
      refuseOldFrames(absolute);
      checkWritable(absolute, absolute);
    } else {
      if (Files.isDirectory(absolute)) {
        throw new OutputPathException(
            "cannot write the video to "
                + absolute
                + ": it is a folder; give a file name ending in ."
                + format.extension());
      }
      Path folder = absolute.getParent();
      createFolder(folder, "the folder for the video");
      checkWritable(folder, absolute);
    }
  }

  private static void createFolder(Path folder, String what) throws IOException {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new OutputPathException(
          "cannot create "
              + what
              + " "
              + folder
              + " ("
              + reason(e)
              + "); create it yourself or choose another output path",
          e);
    }
  }

  /**
   * Writes and deletes a probe file: permission bits alone do not tell (root ignores them, and a
   * read-only file system does not show in them).
   */
  private static void checkWritable(Path folder, Path output) throws IOException {
    try {
      Path probe = Files.createTempFile(folder, ".equilibria-", ".probe");
      Files.delete(probe);
    } catch (IOException e) {
      throw new OutputPathException(
          "cannot write "
              + output
              + ": the folder "
              + folder
              + " is not writable ("
              + reason(e)
              + "); fix its permissions or choose another output path",
          e);
    }
  }

  /** A folder of frames named like a video file is a mistake for {@code --format png}. */
  private static void refuseFileNames(Path folder) throws IOException {
    String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
    boolean videoName =
        Arrays.stream(VideoFormat.values())
            .anyMatch(
                f -> !f.isFolder() && name.toLowerCase(Locale.ROOT).endsWith("." + f.extension()));
    if (videoName || Files.isRegularFile(folder)) {
      throw new OutputPathException(
          "png writes a folder of frames, and "
              + folder
              + " names a file; give a folder, e.g. "
              + folder.resolveSibling(name.replaceFirst("\\.[^.]*$", "") + "-frames"));
    }
  }

  /** Frames of an earlier render would mix with the new ones, so an old sequence is refused. */
  private static void refuseOldFrames(Path folder) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, "frame-*.png")) {
      if (old.iterator().hasNext()) {
        throw new OutputPathException(
            "the frame folder "
                + folder
                + " already holds frame-*.png files from an earlier render;"
                + " delete them or choose another output folder");
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException exists) {
      return exists.getFile() + " is a file, not a folder";
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied on " + denied.getFile();
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
  }
}
