package art.equilibria.piece;

import java.util.List;

/**
 * How a trained run becomes a video work. Parsed and validated with the piece; used by {@code
 * render}.
 *
 * @param keyframes number of keyframes drawn from seeds, when {@code seeds} is empty
 * @param seeds explicit keyframe seeds (overrides keyframes)
 * @param interpolation how the path passes through the keyframes
 * @param easing easing applied between keyframes
 * @param space interpolate in z or in w
 * @param truncation truncation psi (1: none)
 * @param durationSeconds length of the video
 * @param fps frames per second
 * @param loop sample the path at t in [0, 1) so the video loops without a seam
 * @param layout how the generators share the frame
 * @param rows latent paths shown as rows in the grid layout
 * @param generator the generator shown alone in the single layout (empty: the first)
 * @param gap pixels between tiles
 * @param background colour behind and between tiles, #rrggbb
 * @param width output width in pixels (0: the tiles' natural size)
 * @param height output height in pixels (0: the tiles' natural size)
 * @param scaling how tiles are scaled up to the output size
 * @param format container and codec
 * @param crf constant-rate quality for H.264 and VP9 (lower is better)
 * @param display how the generators' values become pixels
 */
public record RenderSpec(
    int keyframes,
    List<Long> seeds,
    String interpolation,
    String easing,
    String space,
    double truncation,
    double durationSeconds,
    int fps,
    boolean loop,
    String layout,
    int rows,
    String generator,
    int gap,
    String background,
    int width,
    int height,
    String scaling,
    String format,
    int crf,
    Display display) {

  /**
   * The largest truncation psi: a piece's at most this, above 0; the player's live control from 0
   * (every picture the generator's mean) to this (w pushed away from the mean, exaggerated).
   */
  public static final double MAX_TRUNCATION = 2;

  /** The same render over another length of time (the path is stretched to it). */
  public RenderSpec withDuration(double seconds) {
    return new RenderSpec(
        keyframes,
        seeds,
        interpolation,
        easing,
        space,
        truncation,
        seconds,
        fps,
        loop,
        layout,
        rows,
        generator,
        gap,
        background,
        width,
        height,
        scaling,
        format,
        crf,
        display);
  }

  /** The same render composed at another output size (the player's smaller fallback). */
  public RenderSpec withSize(int width, int height) {
    return new RenderSpec(
        keyframes,
        seeds,
        interpolation,
        easing,
        space,
        truncation,
        durationSeconds,
        fps,
        loop,
        layout,
        rows,
        generator,
        gap,
        background,
        width,
        height,
        scaling,
        format,
        crf,
        display);
  }
}
