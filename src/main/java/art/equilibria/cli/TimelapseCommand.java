package art.equilibria.cli;

import art.equilibria.render.Timelapse;
import art.equilibria.render.video.VideoEncoder;
import art.equilibria.render.video.VideoFormat;
import art.equilibria.run.RunFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equilibria timelapse RUN}. */
@Command(
    name = "timelapse",
    mixinStandardHelpOptions = true,
    description = "A video of the run's snapshot grids over training: the training as a work.")
final class TimelapseCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "RUN", description = "The run folder.")
  Path runDir;

  @Option(names = "--fps", defaultValue = "12", description = "Default: ${DEFAULT-VALUE}.")
  int fps;

  @Option(
      names = "--hold",
      defaultValue = "1",
      description = "Frames each snapshot stays on screen (default: ${DEFAULT-VALUE}).")
  int hold;

  @Option(names = "--size", description = "WIDTHxHEIGHT (default: the snapshots' size).")
  String size;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Default: RUN/videos/timelapse.mp4, or timelapse-2.mp4 ... when taken.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (fps < 1 || fps > 240 || hold < 1) {
      throw new UserError("--fps takes 1 to 240 and --hold at least 1");
    }
    Path dir = RunFolder.open(runDir).dir();
    List<Path> snapshots = Timelapse.snapshots(dir.resolve("snapshots"));
    if (snapshots.isEmpty()) {
      throw new UserError(dir + ": no snapshots; pass a run folder, renders/<piece>/<run>");
    }
    int[] wh = Timelapse.size(snapshots, parse(size, 0), parse(size, 1));
    Path video = out != null ? out : fresh(dir.resolve("videos"));
    java.nio.file.Files.createDirectories(video.toAbsolutePath().getParent());
    try (VideoEncoder sink = VideoEncoder.open(video, VideoFormat.H264, wh[0], wh[1], fps, 18)) {
      Timelapse.write(snapshots, hold, wh[0], wh[1], sink);
    }
    System.err.printf("wrote %d snapshots to %s%n", snapshots.size(), video);
    return 0;
  }

  /** timelapse.mp4, or timelapse-2.mp4 and so on: an earlier time-lapse is never overwritten. */
  private static Path fresh(Path videos) {
    for (int i = 1; ; i++) {
      Path candidate = videos.resolve(i == 1 ? "timelapse.mp4" : "timelapse-" + i + ".mp4");
      if (!java.nio.file.Files.exists(candidate)) {
        return candidate;
      }
    }
  }

  private static int parse(String size, int index) {
    if (size == null) {
      return 0;
    }
    String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x");
    try {
      int v = Integer.parseInt(parts[index].strip());
      if (v < 2 || v % 2 != 0) {
        throw new NumberFormatException();
      }
      return v;
    } catch (RuntimeException e) {
      throw new UserError(
          "--size " + size + ": write WIDTHxHEIGHT with even numbers, e.g. 1280x720");
    }
  }
}
