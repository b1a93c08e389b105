package art.equilibria.render.video;

/** Rejects, with a message the user can act on, numbers a format cannot take. */
final class EncoderArguments {
  private EncoderArguments() {}

  static void check(VideoFormat format, int width, int height, int fps, int crf, String preset) {
    if (format == null) {
      throw new IllegalArgumentException(
          "no video format; use one of " + VideoFormat.allowedNames());
    }
    if (width < 2 || height < 2) {
      throw new IllegalArgumentException(
          "video size " + width + "x" + height + " is too small; both sides need 2 pixels or more");
    }
    // Equilibria's own HAP encoder pads odd sizes to its 4x4 blocks, as players expect.
    if (!format.encodedHere() && (width % 2 != 0 || height % 2 != 0)) {
      throw new IllegalArgumentException(
          format.pieceName()
              + " output needs an even width and height, but the size is "
              + width
              + "x"
              + height
              + "; use "
              + (width + width % 2)
              + "x"
              + (height + height % 2)
              + (format.subsamplesColour()
                  ? " (" + format.pixelFormat() + " stores colour at half resolution)"
                  : " (JavaCV would round an odd size up and rescale every frame)"));
    }
    if (fps < 1 || fps > 240) {
      throw new IllegalArgumentException("frame rate " + fps + " is outside 1-240 fps");
    }
    // x264's High profile has no lossless mode (crf 0).
    int minCrf = format == VideoFormat.H264 ? 1 : 0;
    int maxCrf = format == VideoFormat.H264 ? 51 : 63;
    if ((format == VideoFormat.H264 || format == VideoFormat.VP9)
        && (crf < minCrf || crf > maxCrf)) {
      throw new IllegalArgumentException(
          "crf " + crf + " is outside " + minCrf + "-" + maxCrf + " for " + format.pieceName());
    }
    if (preset == null || preset.isBlank()) {
      throw new IllegalArgumentException("no x264 preset; the usual one is veryfast");
    }
  }
}
