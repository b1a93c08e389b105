package art.equilibria.render.video;

import static art.equilibria.render.video.FfmpegCalls.check;
import static art.equilibria.render.video.FfmpegCalls.release;
import static art.equilibria.render.video.FfmpegCalls.utf8;
import static art.equilibria.render.video.FfmpegCalls.writeHeader;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_copy;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Copies the packets of one or more files into one, never re-encoding: the streams (and the codec
 * settings) are the first file's, the others must hold the same. For a {@link VideoEncoder}'s
 * files, whose only stream is video.
 */
final class PacketCopy {
  private PacketCopy() {}

  /** One file into another container layout, its time stamps as they are. */
  static void remux(String from, String to, String muxer, Map<String, String> options)
      throws IOException {
    copy(List.of(from), to, muxer, 0, options);
  }

  /**
   * Files one after another, each one's time stamps moved on by the frames of those before it, so
   * the result's are those of one continuous video.
   *
   * @param fps the constant frame rate all of them were written at: time stamps are moved on the
   *     frame grid, so a container's rounding (Matroska's milliseconds) comes out as in one file
   */
  static void join(
      List<String> parts, String to, String muxer, int fps, Map<String, String> options)
      throws IOException {
    copy(parts, to, muxer, fps, options);
  }

  private static void copy(
      List<String> inputs, String to, String muxer, int fps, Map<String, String> options)
      throws IOException {
    AVFormatContext out = new AVFormatContext(null);
    AVPacket packet = av_packet_alloc();
    try {
      long framesBefore = 0;
      for (int k = 0; k < inputs.size(); k++) {
        String from = inputs.get(k);
        AVFormatContext in = new AVFormatContext(null);
        try {
          check(avformat_open_input(in, utf8(from), null, null), "open " + from);
          check(avformat_find_stream_info(in, (PointerPointer<?>) null), "read " + from);
          if (k == 0) {
            start(in, out, to, muxer, options);
          } else if (in.nb_streams() != out.nb_streams()) {
            throw new IOException(from + " has other streams than " + inputs.get(0));
          }
          framesBefore += copyPackets(in, out, packet, from, to, fps, framesBefore);
        } finally {
          avformat_close_input(in);
        }
      }
      check(av_write_trailer(out), "finish " + to);
    } finally {
      av_packet_free(packet);
      release(out);
    }
  }

  /** The output's streams as the first input's, and its header. */
  private static void start(
      AVFormatContext in, AVFormatContext out, String to, String muxer, Map<String, String> options)
      throws IOException {
    check(avformat_alloc_output_context2(out, null, utf8(muxer), utf8(to)), "prepare " + to);
    for (int i = 0; i < in.nb_streams(); i++) {
      AVStream source = in.streams(i);
      AVStream copy = avformat_new_stream(out, null);
      if (copy == null) {
        throw new IOException("cannot add a stream to " + to);
      }
      check(avcodec_parameters_copy(copy.codecpar(), source.codecpar()), "copy stream");
      // Let the muxer pick the tag for the codec.
      copy.codecpar().codec_tag(0);
      copy.time_base(source.time_base());
      copy.avg_frame_rate(source.avg_frame_rate());
      copy.r_frame_rate(source.r_frame_rate());
    }
    writeHeader(out, to, options);
  }

  /**
   * @param fps 0: time stamps as they are; otherwise moved on by {@code framesBefore} frames
   * @return the packets copied: one a frame, for video
   */
  private static long copyPackets(
      AVFormatContext in,
      AVFormatContext out,
      AVPacket packet,
      String from,
      String to,
      int fps,
      long framesBefore)
      throws IOException {
    long packets = 0;
    while (true) {
      int read = av_read_frame(in, packet);
      if (read == AVERROR_EOF) {
        return packets;
      }
      check(read, "read a packet of " + from);
      try {
        AVStream source = in.streams(packet.stream_index());
        AVStream copy = out.streams(packet.stream_index());
        if (fps == 0) {
          av_packet_rescale_ts(packet, source.time_base(), copy.time_base());
        } else {
          AVRational frame = av_make_q(1, fps);
          packet.pts(
              onGrid(packet.pts(), source.time_base(), frame, copy.time_base(), framesBefore));
          packet.dts(
              onGrid(packet.dts(), source.time_base(), frame, copy.time_base(), framesBefore));
          packet.duration(av_rescale_q(packet.duration(), source.time_base(), copy.time_base()));
        }
        packet.pos(-1);
        check(av_interleaved_write_frame(out, packet), "write a packet to " + to);
        packets++;
      } finally {
        av_packet_unref(packet);
      }
    }
  }

  /** A time stamp as a frame number, moved on, and back in the output's time base. */
  private static long onGrid(
      long stamp, AVRational from, AVRational frame, AVRational to, long framesBefore) {
    if (stamp == AV_NOPTS_VALUE) {
      return stamp;
    }
    return av_rescale_q(av_rescale_q(stamp, from, frame) + framesBefore, frame, to);
  }
}
