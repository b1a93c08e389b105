package art.equilibria.render.video;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The output formats a piece can ask for. Names only: nothing here touches FFmpeg, so pieces and
 * the command line can be checked without loading the native libraries.
 */
public enum VideoFormat {
  /** Gallery players: H.264 High profile, 4:2:0, MP4 with the index at the front. */
  H264("h264", "mp4", "mp4", "libx264", "yuv420p"),
  /** Editing: ProRes 422 HQ, 10-bit, QuickTime. */
  PRORES("prores", "mov", "mov", "prores_ks", "yuv422p10le"),
  /**
   * Media servers: Hap (RGB DXT1, Snappy) in QuickTime, decoded on the graphics card. FFmpeg has
   * HAP's decoder only, so Equilibria encodes it itself; FFmpeg decodes it to rgb0.
   */
  HAP("hap", "mov", "mov", "hap", "rgb0"),
  /**
   * Archive: lossless FFV1 in Matroska. bgr0 holds the 8-bit RGB of the frames as they are, so they
   * decode bit-exact (a YUV format would round the colours).
   */
  FFV1("ffv1", "mkv", "matroska", "ffv1", "bgr0"),
  /** The web: VP9 in WebM, 4:2:0. */
  VP9("vp9", "webm", "webm", "libvpx-vp9", "yuv420p"),
  /** Stills: a folder of numbered PNG files ({@code frame-000000.png}, ...). */
  PNG("png", "", "image2", "png", "rgb24");

  private final String pieceName;
  private final String extension;
  private final String muxer;
  private final String codecName;
  private final String pixelFormat;

  VideoFormat(
      String pieceName, String extension, String muxer, String codecName, String pixelFormat) {
    this.pieceName = pieceName;
    this.extension = extension;
    this.muxer = muxer;
    this.codecName = codecName;
    this.pixelFormat = pixelFormat;
  }

  /** The format for a piece or command-line name ({@code h264|prores|hap|ffv1|vp9|png}). */
  public static VideoFormat named(String name) {
    String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (VideoFormat format : values()) {
      if (format.pieceName.equals(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown video format '" + name + "'; use one of: " + allowedNames());
  }

  /** The names {@link #named} accepts, separated by commas. */
  public static String allowedNames() {
    return Arrays.stream(values()).map(VideoFormat::pieceName).collect(Collectors.joining(", "));
  }

  /** The name used in pieces and on the command line. */
  public String pieceName() {
    return pieceName;
  }

  /** File name extension without the dot; empty for {@link #PNG}, which writes a folder. */
  public String extension() {
    return extension;
  }

  /** True when the output is a folder of frame files rather than one file. */
  public boolean isFolder() {
    return this == PNG;
  }

  /**
   * The FFmpeg encoder that must do the work; anything else is refused. For {@link #HAP}, which no
   * FFmpeg encoder writes here, FFmpeg's name of the codec.
   */
  public String codecName() {
    return codecName;
  }

  /** The FFmpeg name of the pixel format stored in the output, or that HAP's texture decodes to. */
  public String pixelFormat() {
    return pixelFormat;
  }

  /** True when the format stores colour at a lower resolution than brightness. */
  boolean subsamplesColour() {
    return this == H264 || this == VP9 || this == PRORES;
  }

  /** True when Equilibria encodes the frames itself rather than through an FFmpeg encoder. */
  boolean encodedHere() {
    return this == HAP;
  }

  /**
   * True when the format is written as fragmented MP4 or QuickTime while rendering (a killed render
   * plays up to its last fragment) and rewritten with its index at the front when it finishes.
   */
  boolean fragmented() {
    return this == H264 || this == PRORES || this == HAP;
  }

  /**
   * Frames from one key frame to the next as written at {@code fps}: a fixed GOP of two seconds for
   * H.264 and VP9, every frame for the intra-only formats. A video cut into segments at multiples
   * of it has its key frames where a single render has them.
   */
  public int keyframeInterval(int fps) {
    return this == H264 || this == VP9 ? 2 * fps : 1;
  }

  /** The FFmpeg muxer (container) name. */
  String muxer() {
    return muxer;
  }
}
