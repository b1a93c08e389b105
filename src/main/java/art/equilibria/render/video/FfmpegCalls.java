package art.equilibria.render.video;

import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.javacpp.BytePointer;

/**
 * What the classes that drive libavformat themselves share ({@link PacketCopy}, {@link HapWriter}):
 * paths in, the output file opened and freed, errors out.
 */
final class FfmpegCalls {
  private FfmpegCalls() {}

  /** Paths as UTF-8, whatever the JVM's default charset (FFmpeg takes file names as bytes). */
  static BytePointer utf8(String path) {
    return new BytePointer(path, StandardCharsets.UTF_8);
  }

  /** Creates the file {@code to} for a muxer whose streams are set, and writes its header. */
  static void writeHeader(AVFormatContext out, String to, Map<String, String> options)
      throws IOException {
    AVIOContext io = new AVIOContext(null);
    check(avio_open(io, utf8(to), AVIO_FLAG_WRITE), "create " + to);
    out.pb(io);
    AVDictionary dictionary = new AVDictionary(null);
    options.forEach((key, value) -> av_dict_set(dictionary, key, value, 0));
    try {
      check(avformat_write_header(out, dictionary), "write the header of " + to);
    } finally {
      av_dict_free(dictionary);
    }
  }

  /** Closes the output's file, if open, and frees the muxer, if made. */
  static void release(AVFormatContext out) {
    if (!out.isNull()) {
      if (out.pb() != null && !out.pb().isNull()) {
        avio_closep(out.pb());
      }
      avformat_free_context(out);
    }
  }

  /** A negative result as an exception saying what could not be done, in FFmpeg's words. */
  static void check(int result, String what) throws IOException {
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
