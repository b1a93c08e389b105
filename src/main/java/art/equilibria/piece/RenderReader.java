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

  /**
   * The largest frame: 8K (8192 x 4320), the most H.264's highest level (6.2, 139,264 macroblocks)
   * takes, and a frame the launcher's 4 GiB Java heap holds several of while encoding.
   */
  static final int MAX_SIDE = 8192;

  static final long MAX_PIXELS = 8192L * 4320;
  static final int MAX_ROWS = 16;
  static final int MAX_GAP = 1024;

  /** Tiles drawn smaller than this leave the scaler nothing to scale. */
  private static final int MIN_TILE = 2;

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern SIZE = Pattern.compile("(-?[0-9]+)\\s*[xX]\\s*(-?[0-9]+)");

  private RenderReader() {}

  /**
   * @param block the render block, or an empty value when the piece has none
   * @param overrides fields that replace the block's (from the command line), or null
   * @param generators the piece's generator names, which {@code generator} must be one of
   * @param tile the tiles' natural size in pixels (the schedule's final resolution)
   */
  static RenderSpec read(YamlValue block, YamlValue overrides, List<String> generators, int tile)
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
    String format = fields.choice("format", "h264", RenderChoices.FORMATS);
    String layout = fields.choice("layout", "side-by-side", RenderChoices.LAYOUTS);
    int rows = fields.integer("rows", 2, 1, MAX_ROWS);
    String generator = generator(fields, generators);
    int gap = fields.integer("gap", 0, 0, MAX_GAP);
    checkFrame(
        blamedForFrame(fields, block),
        size,
        Layout.named(layout),
        rows,
        generator.isEmpty() ? generators.size() : 1,
        tile,
        gap);
    return new RenderSpec(
        keyframes,
        seeds,
        fields.choice("interpolation", "slerp", RenderChoices.INTERPOLATIONS),
        fields.choice("easing", "none", RenderChoices.EASINGS),
        fields.choice("space", "z", RenderChoices.SPACES),
        truncation(fields),
        fields.get("duration").isPresent() ? Durations.seconds(fields.get("duration").get()) : 60,
        fields.integer("fps", 30, 1, 240),
        fields.bool("loop", true),
        layout,
        rows,
        generator,
        gap,
        background(fields),
        size[0],
        size[1],
        fields.choice("scaling", "smooth", RenderChoices.SCALINGS),
        format,
        crf(fields, format),
        fields.choice("display", Display.STRETCH));
  }

  /**
   * x264 takes 1 to 51 in the High profile (0 is lossless, which needs High 4:4:4), VP9 0 to 63;
   * the other formats ignore it.
   */
  private static int crf(YamlFields fields, String format) throws PieceException {
    if (format.equals("h264")) {
      YamlValue value = fields.get("crf").orElse(null);
      if (value != null && value.whole() == 0) {
        throw value.error(
            "0 is lossless, which H.264's High profile cannot store; use 1 or more, or format"
                + " ffv1 or prores for a lossless master");
      }
      return fields.integer("crf", 18, 1, 51);
    }
    return fields.integer("crf", 18, 0, 63);
  }

  private static YamlValue blamedForFrame(YamlFields fields, YamlValue block) {
    return fields.get("size").or(() -> fields.get("gap")).orElse(block);
  }

  /**
   * The frame must fit the encoders and memory, and each tile must come out at least a couple of
   * pixels: checked here so {@code make} never trains a whole schedule and then fails to render.
   */
  private static void checkFrame(
      YamlValue blamed, int[] size, Layout layout, int rows, int shown, int tile, int gap)
      throws PieceException {
    int paths = layout.paths(rows);
    TileGrid grid =
        new TileGrid(layout.columns(paths, shown), layout.rows(paths, shown), tile, gap);
    long naturalWidth = grid.naturalWidth();
    long naturalHeight = grid.naturalHeight();
    boolean natural = size[0] == 0;
    if (natural) {
      if (naturalWidth > MAX_SIDE
          || naturalHeight > MAX_SIDE
          || naturalWidth * naturalHeight > MAX_PIXELS) {
        throw blamed.error(
            "the frame would be "
                + naturalWidth
                + "x"
                + naturalHeight
                + " at its natural size, over the largest, "
                + MAX_SIDE
                + "x4320; set a size such as 3840x2160, or use a smaller gap or fewer rows");
      }
      return;
    }
    double scale = grid.scaleToFit(size[0], size[1]);
    String frame = size[0] + "x" + size[1] + " frame";
    if (scale <= 0) {
      throw blamed.error(
          "gaps of "
              + gap
              + " pixels leave no room for the tiles in a "
              + frame
              + "; use a smaller gap, fewer rows or a larger size");
    }
    if (tile * scale < MIN_TILE) {
      throw blamed.error(
          "tiles would be drawn "
              + YamlFields.format(Math.round(tile * scale * 100) / 100.0)
              + " pixels wide in a "
              + frame
              + "; use a smaller gap, fewer rows or a larger size");
    }
  }

  private static List<Long> seeds(YamlFields fields) throws PieceException {
    YamlValue value = fields.get("seeds").orElse(null);
    if (value == null) {
      return List.of();
    }
    List<Long> seeds = new ArrayList<>();
    for (YamlValue item : value.items()) {
      if (item.isScalar() && item.text().contains("-") && !item.text().strip().startsWith("-")) {
        try {
          seeds.addAll(Seeds.of(item.text()));
        } catch (IllegalArgumentException e) {
          throw item.error(e.getMessage());
        }
      } else {
        seeds.add(item.whole());
      }
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
    if (psi <= 0 || psi > RenderSpec.MAX_TRUNCATION) {
      throw value.error(
          YamlFields.format(psi)
              + " is out of range; use a number above 0 and at most "
              + YamlFields.format(RenderSpec.MAX_TRUNCATION)
              + " (1: none)");
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
    int width = side(value, "width", matcher.group(1));
    int height = side(value, "height", matcher.group(2));
    if ((long) width * height > MAX_PIXELS) {
      throw value.error(
          width
              + "x"
              + height
              + " is more pixels than the largest frame, 8192x4320 (H.264's highest level);"
              + " use a smaller size");
    }
    return new int[] {width, height};
  }

  private static int side(YamlValue value, String side, String digits) throws PieceException {
    long pixels;
    try {
      pixels = Long.parseLong(digits);
    } catch (NumberFormatException tooLong) {
      pixels = Long.MAX_VALUE;
    }
    if (pixels <= 0 || pixels > MAX_SIDE) {
      throw value.error(
          side + " " + digits + " is out of range; use 2 to " + MAX_SIDE + " pixels, or native");
    }
    if (pixels % 2 != 0) {
      String even = pixels > 2 ? (pixels - 1) + " or " + (pixels + 1) : "2";
      throw value.error(side + " " + pixels + " is odd; video needs even sizes, use " + even);
    }
    return (int) pixels;
  }
}
