package art.equilibria.piece;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code render} block: how a trained run becomes a video. Every field has a default. */
final class RenderReader {

  static final List<String> FIELDS =
      List.of(
          "keyframes",
          "seeds",
          "interpolation",
          "easing",
          "space",
          "truncation",
          "duration",
          "fps",
          "loop",
          "layout",
          "rows",
          "generator",
          "gap",
          "background",
          "size",
          "scaling",
          "format",
          "crf",
          "display");
  static final List<String> INTERPOLATIONS =
      List.of("slerp", "linear", "spline", "circle", "noise");
  static final List<String> EASINGS = List.of("none", "ease-in-out", "ease-in", "ease-out");
  static final List<String> SPACES = List.of("z", "w");
  static final List<String> LAYOUTS = List.of("side-by-side", "stacked", "grid", "single");
  static final List<String> SCALINGS = List.of("smooth", "nearest");
  static final List<String> FORMATS = List.of("h264", "prores", "ffv1", "vp9", "png");

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern SIZE = Pattern.compile("(-?[0-9]+)\\s*[xX]\\s*(-?[0-9]+)");

  private RenderReader() {}

  /**
   * @param block the render block, or an empty value when the piece has none
   * @param overrides fields that replace the block's (from the command line), or null
   * @param generators the piece's generator names, which {@code generator} must be one of
   */
  static RenderSpec read(YamlValue block, YamlValue overrides, List<String> generators)
      throws PieceException {
    YamlFields fields = YamlFields.of(block, "render", FIELDS);
    if (overrides != null) {
      fields = fields.overriddenBy(YamlFields.of(overrides, "render", FIELDS));
    }
    List<Long> seeds = seeds(fields);
    int keyframes = fields.integer("keyframes", 8, Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (seeds.isEmpty() && keyframes < 2) {
      YamlValue blamed = fields.get("keyframes").orElse(block);
      throw blamed.error(
          keyframes + " is too few keyframes; use at least 2 (a path needs two points to move)");
    }
    int[] size = size(fields);
    String format = fields.choice("format", "h264", FORMATS);
    return new RenderSpec(
        keyframes,
        seeds,
        fields.choice("interpolation", "slerp", INTERPOLATIONS),
        fields.choice("easing", "none", EASINGS),
        fields.choice("space", "z", SPACES),
        truncation(fields),
        fields.get("duration").isPresent() ? Durations.seconds(fields.get("duration").get()) : 60,
        fields.integer("fps", 30, 1, 240),
        fields.bool("loop", true),
        fields.choice("layout", "side-by-side", LAYOUTS),
        fields.integer("rows", 2, 1, Integer.MAX_VALUE),
        generator(fields, generators),
        fields.integer("gap", 0, 0, Integer.MAX_VALUE),
        background(fields),
        size[0],
        size[1],
        fields.choice("scaling", "smooth", SCALINGS),
        format,
        crf(fields, format),
        fields.choice("display", Display.STRETCH));
  }

  /** x264 takes 0 to 51, VP9 0 to 63; the other formats ignore it. */
  private static int crf(YamlFields fields, String format) throws PieceException {
    return fields.integer("crf", 18, 0, format.equals("h264") ? 51 : 63);
  }

  private static List<Long> seeds(YamlFields fields) throws PieceException {
    YamlValue value = fields.get("seeds").orElse(null);
    if (value == null) {
      return List.of();
    }
    List<Long> seeds = new ArrayList<>();
    for (YamlValue item : value.items()) {
      seeds.add(item.whole());
    }
    if (seeds.size() == 1) {
      throw value.error(
          "one seed is too few; give at least two (a path needs two keyframes), or leave seeds"
              + " out and set keyframes");
    }
    return List.copyOf(seeds);
  }

  private static double truncation(YamlFields fields) throws PieceException {
    YamlValue value = fields.get("truncation").orElse(null);
    if (value == null) {
      return 1.0;
    }
    double psi = YamlFields.finite(value);
    if (psi <= 0 || psi > 2) {
      throw value.error(
          YamlFields.format(psi)
              + " is out of range; use a number above 0 and at most 2 (1: none)");
    }
    return psi;
  }

  private static String generator(YamlFields fields, List<String> generators)
      throws PieceException {
    YamlValue value = fields.get("generator").orElse(null);
    if (value == null || value.text().isEmpty()) {
      return "";
    }
    if (!generators.contains(value.text())) {
      throw value.error(
          "'"
              + value.text()
              + "' is not a generator of this piece; generators: "
              + String.join(", ", generators));
    }
    return value.text();
  }

  private static String background(YamlFields fields) throws PieceException {
    YamlValue value = fields.get("background").orElse(null);
    if (value == null) {
      return "#000000";
    }
    if (value.isNull()) {
      // An unquoted #rrggbb is a YAML comment, which leaves the field empty.
      throw value.error("no colour given; write it in quotes, for example background: \"#000000\"");
    }
    String colour = value.text();
    if (!COLOUR.matcher(colour).matches()) {
      throw value.error(
          "'" + colour + "' is not a colour; write #rrggbb in quotes, for example \"#1a1a1a\"");
    }
    return colour.toLowerCase(Locale.ROOT);
  }

  /** Width and height; {@code native} is 0 x 0, the tiles' natural size. */
  private static int[] size(YamlFields fields) throws PieceException {
    YamlValue value = fields.get("size").orElse(null);
    if (value == null || value.text().equals("native")) {
      return new int[] {0, 0};
    }
    Matcher matcher = SIZE.matcher(value.text().strip());
    if (!matcher.matches()) {
      throw value.error(
          value.describe() + " is not a size; write WIDTHxHEIGHT (1920x1080) or native");
    }
    return new int[] {
      side(value, "width", matcher.group(1)), side(value, "height", matcher.group(2))
    };
  }

  private static int side(YamlValue value, String side, String digits) throws PieceException {
    long pixels;
    try {
      pixels = Long.parseLong(digits);
    } catch (NumberFormatException tooLong) {
      pixels = Long.MAX_VALUE;
    }
    if (pixels <= 0 || pixels > 16384) {
      throw value.error(side + " " + digits + " is out of range; use 2 to 16384 pixels, or native");
    }
    if (pixels % 2 != 0) {
      String even = pixels > 2 ? (pixels - 1) + " or " + (pixels + 1) : "2";
      throw value.error(side + " " + pixels + " is odd; video needs even sizes, use " + even);
    }
    return (int) pixels;
  }
}
