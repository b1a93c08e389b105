package art.equilibria.render.video;

import static art.equilibria.render.video.FfmpegCalls.check;
import static art.equilibria.render.video.FfmpegCalls.release;
import static art.equilibria.render.video.FfmpegCalls.utf8;
import static art.equilibria.render.video.FfmpegCalls.writeHeader;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_HAP;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_new_packet;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import art.equilibria.render.video.hap.HapFrame;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;

/**
 * HAP video written without an FFmpeg encoder (the bundled FFmpeg has HAP's decoder only): each
 * frame packed by {@link HapFrame} and handed as a key frame to FFmpeg's QuickTime muxer, tagged
 * {@code Hap1}, in fragments of a second as ProRes is, so a killed render plays up to its last
 * second.
 */
final class HapWriter implements FrameEncoder {
  /** QuickTime's four-character code of plain Hap (RGB DXT1). */
  private static final int HAP1 = 'H' | 'a' << 8 | 'p' << 16 | '1' << 24;

  private final Path output;
  private final AVFormatContext muxer;
  private final AVStream stream;
  private final AVPacket packet;
  private final AVRational frameTime;
  private final HapFrame hap;
  private final PackedRgb pixels;

  private HapWriter(
      Path output, AVFormatContext muxer, AVPacket packet, int width, int height, int fps) {
    this.output = output;
    this.muxer = muxer;
    this.stream = muxer.streams(0);
    this.packet = packet;
    this.frameTime = av_make_q(1, fps);
    this.hap = new HapFrame(width, height);
    this.pixels = new PackedRgb(width, height);
  }

  /**
   * Creates the file and writes its header; on failure nothing is left open (the file it may have
   * created is the caller's to remove).
   */
  static HapWriter open(Path output, int width, int height, int fps) throws IOException {
    String to = output.toAbsolutePath().toString();
    AVFormatContext muxer = new AVFormatContext(null);
    AVPacket packet = av_packet_alloc();
    try {
      check(
          avformat_alloc_output_context2(muxer, null, utf8(VideoFormat.HAP.muxer()), utf8(to)),
          "prepare " + to);
      AVStream stream = avformat_new_stream(muxer, null);
      if (stream == null) {
        throw new IOException("cannot add a stream to " + to);
      }
      AVCodecParameters codec = stream.codecpar();
      codec.codec_type(AVMEDIA_TYPE_VIDEO);
      codec.codec_id(AV_CODEC_ID_HAP);
      codec.codec_tag(HAP1);
      codec.width(width);
      codec.height(height);
      // Each frame's time stamp is its index: the muxer turns them into its own time scale.
      stream.time_base(av_make_q(1, fps));
      stream.avg_frame_rate(av_make_q(fps, 1));
      writeHeader(muxer, to, RecorderSettings.TIMED_FRAGMENTS);
    } catch (IOException | RuntimeException e) {
      av_packet_free(packet);
      release(muxer);
      throw e;
    }
    return new HapWriter(output, muxer, packet, width, height, fps);
  }

  @Override
  public void encode(BufferedImage frame, long index) throws IOException {
    ByteBuffer data = hap.pack(pixels.of(frame));
    String what = "write frame " + index + " to " + output;
    check(av_new_packet(packet, data.remaining()), what);
    packet.data().put(data.array(), data.position(), data.remaining());
    packet.stream_index(0);
    packet.flags(AV_PKT_FLAG_KEY);
    packet.pts(index);
    packet.dts(index);
    packet.duration(1);
    av_packet_rescale_ts(packet, frameTime, stream.time_base());
    // The muxer takes the packet's data and leaves it blank for the next frame.
    check(av_interleaved_write_frame(muxer, packet), what);
  }

  @Override
  public void finish() throws IOException {
    try {
      check(av_write_trailer(muxer), "finish the video " + output);
    } finally {
      av_packet_free(packet);
      release(muxer);
    }
  }
}
