package art.equilibria.render.video;

import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/** Stream details beyond {@link VideoProbe.Info} that only tests ask about. */
final class StreamFacts {
  private StreamFacts() {}

  /** The four-character code the container stores for the first stream ("Hap1", "apch"). */
  static String codecTag(Path video) throws IOException {
    try (FFmpegFrameGrabber grabber = VideoProbe.open(video, FrameGrabber.ImageMode.RAW)) {
      int tag = grabber.getFormatContext().streams(0).codecpar().codec_tag();
      StringBuilder code = new StringBuilder();
      for (int shift = 0; shift < 32; shift += 8) {
        code.append((char) (tag >> shift & 255));
      }
      return code.toString();
    }
  }

  /** The codec profile's name as FFmpeg prints it ("High", "HQ"), from the first stream. */
  static String profile(Path video) throws IOException {
    try (FFmpegFrameGrabber grabber = VideoProbe.open(video, FrameGrabber.ImageMode.RAW)) {
      AVCodecParameters parameters = grabber.getFormatContext().streams(0).codecpar();
      BytePointer name = avcodec.avcodec_profile_name(parameters.codec_id(), parameters.profile());
      return name == null || name.isNull() ? "none" : name.getString();
    }
  }
}
