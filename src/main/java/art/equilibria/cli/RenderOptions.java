package art.equilibria.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The render block's fields as command-line options. Values are handed to the piece reader as
 * overrides, so they are checked exactly like the piece file's.
 */
final class RenderOptions {
  /** How --keyframes names latents rather than a number: a search's elites, an optimised path. */
  private static final List<String> SOURCES = List.of("search:", "optimise:");

  @Option(names = "--duration", description = "Length: seconds, or 90s, 10m, 1h30m.")
  String duration;

  @Option(names = "--fps", description = "Frames per second.")
  String fps;

  @Option(
      names = "--keyframes",
      paramLabel = "N|search:NAME",
      description =
          "Number of keyframes drawn from seeds 0, 1, ...; or elites of a search of the run:"
              + " search:NAME (a short closed tour through as many elites as the render has"
              + " keyframes, spread over the archive), search:NAME:N, search:NAME:cells=3,17,40"
              + " (those cells in that order), search:NAME:along=MEASURE[:N], or optimise:NAME"
              + " (an optimised path, there and back).")
  String keyframes;

  @Option(
      names = "--seeds",
      split = ",",
      description =
          "Keyframe seeds, e.g. 3,17,42, or ranges, e.g. 0-7 (for stills: the seeds shown).")
  List<String> seeds;

  @Option(
      names = "--interpolation",
      completionCandidates = Candidates.Interpolations.class,
      description = "${COMPLETION-CANDIDATES} (slerp is the artwork's).")
  String interpolation;

  @Option(
      names = "--easing",
      completionCandidates = Candidates.Easings.class,
      description = "${COMPLETION-CANDIDATES}.")
  String easing;

  @Option(
      names = "--space",
      completionCandidates = Candidates.Spaces.class,
      description = "Interpolate in ${COMPLETION-CANDIDATES}.")
  String space;

  @Option(names = "--truncation", description = "Truncation psi, 1 for none.")
  String truncation;

  @Option(
      names = "--loop",
      negatable = true,
      description = "Seamless loop (default: the piece's); --no-loop runs first to last keyframe.")
  Boolean loop;

  @Option(
      names = "--layout",
      completionCandidates = Candidates.Layouts.class,
      description = "${COMPLETION-CANDIDATES}.")
  String layout;

  @Option(names = "--rows", description = "Latent paths shown as rows (grid layout).")
  String rows;

  @Option(names = "--generator", description = "The generator shown by the single layout.")
  String generator;

  @Option(names = "--gap", description = "Pixels between tiles.")
  String gap;

  @Option(names = "--background", description = "Background colour, #rrggbb.")
  String background;

  @Option(names = "--size", description = "Output size, e.g. 1920x1080, or native.")
  String size;

  @Option(
      names = "--scaling",
      completionCandidates = Candidates.Scalings.class,
      description = "${COMPLETION-CANDIDATES}.")
  String scaling;

  @Option(
      names = "--format",
      completionCandidates = Candidates.Formats.class,
      description = "${COMPLETION-CANDIDATES}.")
  String format;

  @Option(names = "--crf", description = "Quality for h264 and vp9: lower is better.")
  String crf;

  @Option(
      names = "--display",
      completionCandidates = Candidates.Displays.class,
      description =
          "How values become pixels, ${COMPLETION-CANDIDATES}: clamp is the artwork's (-1 black,"
              + " 1 white), stretch a fixed tone map measured on the render's own frames,"
              + " stretch-channels the same per colour channel.")
  String display;

  /** Where a render takes its keyframe latents from (search:NAME..., optimise:NAME), or null. */
  String keyframeSource() {
    return keyframes != null && SOURCES.stream().anyMatch(keyframes::startsWith) ? keyframes : null;
  }

  /** The options given, by render field name. */
  Map<String, Object> overrides() {
    Map<String, Object> o = new LinkedHashMap<>();
    put(o, "duration", duration);
    put(o, "fps", fps);
    if (keyframeSource() == null) {
      put(o, "keyframes", keyframes);
    }
    put(o, "seeds", seeds);
    put(o, "interpolation", interpolation);
    put(o, "easing", easing);
    put(o, "space", space);
    put(o, "truncation", truncation);
    put(o, "loop", loop);
    put(o, "layout", layout);
    put(o, "rows", rows);
    put(o, "generator", generator);
    put(o, "gap", gap);
    put(o, "background", background);
    put(o, "size", size);
    put(o, "scaling", scaling);
    put(o, "format", format);
    put(o, "crf", crf);
    put(o, "display", display);
    return o;
  }

  private static void put(Map<String, Object> o, String field, Object value) {
    if (value != null) {
      o.put(field, value);
    }
  }
}
