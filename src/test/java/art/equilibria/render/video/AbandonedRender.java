package art.equilibria.render.video;

import java.nio.file.Path;

/**
 * A render that never finishes: run in a child JVM, it writes frames, says how many, and waits to
 * be killed (kill -9), as a crash or power cut would stop a real render.
 */
public final class AbandonedRender {
  private AbandonedRender() {}

  /** Arguments: output file, frames to write, frames per second, format (h264 unless given). */
  public static void main(String[] args) throws Exception {
    Path output = Path.of(args[0]);
    int frames = Integer.parseInt(args[1]);
    int fps = Integer.parseInt(args[2]);
    VideoFormat format = VideoFormat.named(args.length > 3 ? args[3] : "h264");
    VideoEncoder encoder =
        VideoEncoder.open(output, format, TestFrames.WIDTH, TestFrames.HEIGHT, fps, 23);
    for (int i = 0; i < frames; i++) {
      encoder.write(TestFrames.frame(i));
    }
    System.out.println("written " + encoder.frames());
    System.out.flush();
    Thread.sleep(60_000);
  }
}
