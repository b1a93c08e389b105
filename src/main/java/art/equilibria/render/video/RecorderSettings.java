package art.equilibria.render.video;

import java.nio.file.Path;
import java.util.Map;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/** Turns a format and the render's numbers into a configured, not yet started, FFmpeg recorder. */
final class RecorderSettings {
  /**
   * Fragmented MP4: the index comes with every fragment instead of once at the end, so a killed
   * render leaves a file that plays up to its last complete fragment.
   */
  static final String FRAGMENTED_MOVFLAGS = "+frag_keyframe+empty_moov+default_base_moof";

  /** Longest stretch of video a killed render (ProRes, HAP, FFV1, VP9) loses. */
  private static final long FRAGMENT_SECONDS = 1;

  /**
   * Fragmented QuickTime for the intra-only formats (ProRes, HAP): every frame is a key frame, so
   * fragments are cut by time, not at key frames, and each is flushed to the file as it closes.
   */
  static final Map<String, String> TIMED_FRAGMENTS =
      Map.of(
          "movflags", "+empty_moov+default_base_moof",
          "frag_duration", Long.toString(FRAGMENT_SECONDS * 1_000_000),
          "flush_packets", "1");

  private RecorderSettings() {}

  /** The name FFmpeg writes to: the file, or for PNG the numbered pattern inside the folder. */
  static String target(Path output, VideoFormat format) {
    Path absolute = output.toAbsolutePath();
    return format.isFolder() ? absolute.resolve("frame-%06d.png").toString() : absolute.toString();
  }

  static FFmpegFrameRecorder create(
      Path output, VideoFormat format, int width, int height, int fps, int crf, String preset) {
    FFmpegFrameRecorder r = new FFmpegFrameRecorder(target(output, format), width, height, 0);
    r.setFormat(format.muxer());
    r.setVideoCodecName(format.codecName());
    r.setPixelFormat(avutil.av_get_pix_fmt(format.pixelFormat()));
    // An integer rate becomes the exact rational fps/1; each frame's time stamp is its index.
    r.setFrameRate(fps);
    r.setAudioChannels(0);
    switch (format) {
      case H264 -> h264(r, fps, crf, preset);
      case PRORES -> prores(r);
      case FFV1 -> ffv1(r, fps);
      case VP9 -> vp9(r, fps, crf);
      case PNG -> png(r);
    }
    return r;
  }

  private static void h264(FFmpegFrameRecorder r, int fps, int crf, String preset) {
    r.setVideoOption("profile", "high");
    r.setVideoOption("preset", preset);
    // Quality-driven rate control: CRF, and no bitrate target to fight it.
    r.setVideoOption("crf", Integer.toString(crf));
    r.setVideoBitrate(0);
    // A keyframe exactly every two seconds, never at scene cuts: a fixed GOP for players and
    // fragments of equal length.
    r.setGopSize(VideoFormat.H264.keyframeInterval(fps));
    r.setVideoOption("x264-params", "scenecut=0:open-gop=0");
    colourTags(r);
    r.setOption("movflags", FRAGMENTED_MOVFLAGS);
    r.setOption("flush_packets", "1");
  }

  private static void prores(FFmpegFrameRecorder r) {
    // prores_ks is quality-driven by its profile; bitrate and CRF do not apply.
    r.setVideoOption("profile", "hq");
    r.setVideoOption("vendor", "apl0");
    r.setVideoBitrate(0);
    colourTags(r);
    TIMED_FRAGMENTS.forEach(r::setOption);
  }

  /**
   * Matroska keeps a cluster in memory until it closes: short clusters, flushed as they close,
   * leave a killed FFV1 or VP9 render playable up to its last second.
   */
  private static void matroskaClusters(FFmpegFrameRecorder r) {
    r.setOption("cluster_time_limit", Long.toString(FRAGMENT_SECONDS * 1000));
    r.setOption("flush_packets", "1");
  }

  private static void ffv1(FFmpegFrameRecorder r, int fps) {
    // Version 3 with per-slice checksums: the archival setting; every frame a keyframe.
    r.setVideoOption("level", "3");
    r.setVideoOption("slicecrc", "1");
    r.setGopSize(VideoFormat.FFV1.keyframeInterval(fps));
    r.setVideoBitrate(0);
    matroskaClusters(r);
  }

  private static void vp9(FFmpegFrameRecorder r, int fps, int crf) {
    r.setVideoOption("crf", Integer.toString(crf));
    r.setVideoBitrate(0);
    r.setGopSize(VideoFormat.VP9.keyframeInterval(fps));
    r.setVideoOption("deadline", "good");
    r.setVideoOption("cpu-used", "4");
    r.setVideoOption("row-mt", "1");
    colourTags(r);
    matroskaClusters(r);
  }

  private static void png(FFmpegFrameRecorder r) {
    r.setOption("start_number", "0");
    // Each file appears complete or not at all (written beside, then renamed).
    r.setOption("atomic_writing", "1");
    r.setVideoBitrate(0);
  }

  /**
   * FFmpeg converts RGB to YUV with the BT.601 matrix in limited range; saying so in the stream
   * lets players that read the tags decode the colours as they were rendered.
   */
  private static void colourTags(FFmpegFrameRecorder r) {
    r.setVideoOption("colorspace", "smpte170m");
    r.setVideoOption("color_range", "tv");
    r.setVideoOption("color_primaries", "bt709");
    r.setVideoOption("color_trc", "iec61966-2-1");
  }
}
