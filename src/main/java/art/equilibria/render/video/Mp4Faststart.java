package art.equilibria.render.video;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_copy;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import art.equilibria.run.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Rewrites a finished fragmented MP4 or QuickTime file as a regular one with its index (moov) at
 * the front, the layout gallery players and browsers start fastest with. Packets are copied, never
 * re-encoded, into a temporary file beside the original, which then replaces it in one rename; on
 * any failure the fragmented file stays as it was (it plays too, only less widely).
 */
final class Mp4Faststart {
  private Mp4Faststart() {}

  /**
   * @param muxer {@code mp4} or {@code mov}, the container it is in and stays in
   */
  static void rewrite(Path fragmented, String muxer) throws IOException {
    Path absolute = fragmented.toAbsolutePath();
    Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".faststart.partial");
    try {
      remux(absolute.toString(), temp.toString(), muxer);
      AtomicFiles.replace(temp, absolute);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void remux(String from, String to, String muxer) throws IOException {
    AVFormatContext in = new AVFormatContext(null);
    AVFormatContext out = new AVFormatContext(null);
    AVPacket packet = av_packet_alloc();
    try {
      check(avformat_open_input(in, utf8(from), null, null), "open " + from);
      check(avformat_find_stream_info(in, (PointerPointer<?>) null), "read " + from);
      check(avformat_alloc_output_context2(out, null, utf8(muxer), utf8(to)), "prepare " + to);
      for (int i = 0; i < in.nb_streams(); i++) {
        AVStream source = in.streams(i);
        AVStream copy = avformat_new_stream(out, null);
        if (copy == null) {
          throw new IOException("cannot add a stream to " + to);
        }
        check(avcodec_parameters_copy(copy.codecpar(), source.codecpar()), "copy stream");
        // Let the muxer pick the MP4 tag for the codec.
        copy.codecpar().codec_tag(0);
        copy.time_base(source.time_base());
        copy.avg_frame_rate(source.avg_frame_rate());
        copy.r_frame_rate(source.r_frame_rate());
      }
      AVIOContext io = new AVIOContext(null);
      check(avio_open(io, utf8(to), AVIO_FLAG_WRITE), "create " + to);
      out.pb(io);
      AVDictionary options = new AVDictionary(null);
      av_dict_set(options, "movflags", "+faststart", 0);
      try {
        check(avformat_write_header(out, options), "write the header of " + to);
      } finally {
        av_dict_free(options);
      }
      copyPackets(in, out, packet, from, to);
      check(av_write_trailer(out), "finish " + to);
    } finally {
      av_packet_free(packet);
      if (!out.isNull()) {
        if (out.pb() != null && !out.pb().isNull()) {
          avio_closep(out.pb());
        }
        avformat_free_context(out);
      }
      avformat_close_input(in);
    }
  }

  private static void copyPackets(
      AVFormatContext in, AVFormatContext out, AVPacket packet, String from, String to)
      throws IOException {
    while (true) {
      int read = av_read_frame(in, packet);
      if (read == AVERROR_EOF) {
        return;
      }
      check(read, "read a packet of " + from);
      try {
        AVStream source = in.streams(packet.stream_index());
        AVStream copy = out.streams(packet.stream_index());
        av_packet_rescale_ts(packet, source.time_base(), copy.time_base());
        packet.pos(-1);
        check(av_interleaved_write_frame(out, packet), "write a packet to " + to);
      } finally {
        av_packet_unref(packet);
      }
    }
  }

  /** Paths as UTF-8, whatever the JVM's default charset (FFmpeg takes file names as bytes). */
  private static BytePointer utf8(String path) {
    return new BytePointer(path, StandardCharsets.UTF_8);
  }

  private static void check(int result, String what) throws IOException {
    if (result < 0) {
      byte[] message = new byte[256];
      av_strerror(result, message, message.length);
      int end = 0;
      while (end < message.length && message[end] != 0) {
        end++;
      }
      throw new IOException(
          "cannot " + what + ": " + new String(message, 0, end, StandardCharsets.UTF_8));
    }
  }
}
