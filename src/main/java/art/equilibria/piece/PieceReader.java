package art.equilibria.piece;

import art.equilibria.qd.archive.Tessellation;
import art.equilibria.qd.scheduler.Algorithm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads a piece file: parses the YAML, applies every default and checks every field, so the trainer
 * and renderer get a complete, immutable {@link Piece} or one clear {@link PieceException}. The
 * format is described in {@code pieces/README.md}.
 */
public final class PieceReader {

  static final List<String> FIELDS =
      List.of(
          "title",
          "notes",
          "seed",
          "networks",
          "terms",
          "schedule",
          "snapshots",
          "checkpoints",
          "render",
          "guard",
          "search");
  static final List<String> SNAPSHOT_FIELDS = List.of("every", "grid");
  static final List<String> CHECKPOINT_FIELDS = List.of("every", "keep");
  static final List<String> GUARD_FIELDS =
      List.of(
          "policy",
          "gradient-spike",
          "saturation",
          "min-diversity",
          "stasis",
          "rollbacks",
          "lr-factor");

  static final List<String> SEARCH_FIELDS =
      List.of(
          "generator",
          "measures",
          "objective",
          "algorithm",
          "cells",
          "iterations",
          "batch",
          "seed",
          "sigma",
          "archive",
          "learning-rate");

  private PieceReader() {}

  /**
   * The file name of errors in render overrides (see {@link #read(PieceFile, TermCatalogue, Map)}).
   */
  public static final String COMMAND_LINE = "command line";

  /** Reads the piece in a file; messages name the file as given. */
  public static Piece read(Path file, TermCatalogue terms) throws PieceException {
    return read(PieceFile.read(file), terms, Map.of());
  }

  /**
   * Reads the piece in a file's bytes with some of its render fields replaced, checked exactly as
   * if they were written in the file; a bad override's error names the file {@link #COMMAND_LINE}.
   *
   * @param renderOverrides render field name to value (numbers, text, booleans, lists)
   */
  public static Piece read(PieceFile file, TermCatalogue terms, Map<String, Object> renderOverrides)
      throws PieceException {
    return parse(file.text(), file.name(), terms, renderOverrides);
  }

  /**
   * Reads a piece from text.
   *
   * @param fileName the name messages give the text, usually its file's path
   * @param terms the registered loss terms the piece may use
   */
  public static Piece parse(String yaml, String fileName, TermCatalogue terms)
      throws PieceException {
    return parse(yaml, fileName, terms, Map.of());
  }

  private static Piece parse(
      String yaml, String fileName, TermCatalogue terms, Map<String, Object> renderOverrides)
      throws PieceException {
    YamlFields fields = YamlFields.of(YamlDocument.root(yaml, fileName), "a piece", FIELDS);
    String title =
        fields.require("title", "give the piece a title, for example title: First light").text();
    if (title.isBlank()) {
      throw fields.get("title").orElseThrow().error("is empty; give the piece a title");
    }
    String notes = fields.get("notes").isPresent() ? notes(fields.get("notes").get()) : "";
    long seed = fields.get("seed").isPresent() ? fields.get("seed").get().whole() : 1;
    Map<String, NetworkSpec> networks =
        NetworksReader.read(
            fields.require(
                "networks",
                "add a networks block with two or more generators and one discriminator"));
    YamlValue termsBlock =
        fields.require(
            "terms", "add a terms block with the loss terms each network is trained with");
    Schedule schedule =
        ScheduleReader.read(
            fields.require("schedule", "add a schedule block (schedule: {} keeps every default)"));
    Map<String, List<TermSpec>> termSpecs = TermsReader.read(termsBlock, networks, schedule, terms);
    List<String> generators = NetworksReader.named(networks, NetworkKind.GENERATOR);
    return new Piece(
        title.strip(),
        notes,
        seed,
        networks,
        termSpecs,
        schedule,
        snapshots(fields.get("snapshots").orElse(empty(fields, "snapshots"))),
        checkpoints(fields.get("checkpoints").orElse(empty(fields, "checkpoints"))),
        RenderReader.read(
            fields.get("render").orElse(empty(fields, "render")),
            renderOverrides.isEmpty()
                ? null
                : YamlDocument.root(new Yaml().dump(renderOverrides), COMMAND_LINE),
            generators,
            schedule.finalResolution()),
        guard(fields.get("guard").orElse(empty(fields, "guard"))),
        search(fields.get("search").orElse(empty(fields, "search")), generators));
  }

  private static SearchSettings search(YamlValue block, List<String> generators)
      throws PieceException {
    SearchSettings d = SearchSettings.defaults();
    YamlFields fields = YamlFields.of(block, "search", SEARCH_FIELDS);
    String generator = fields.choice("generator", d.generator(), generators);
    List<String> measures = d.measures();
    if (fields.get("measures").isPresent()) {
      YamlValue list = fields.get("measures").get();
      List<String> named = new ArrayList<>();
      for (YamlValue item : list.items()) {
        named.add(item.text());
      }
      if (named.isEmpty() || named.size() > 2 || Set.copyOf(named).size() != named.size()) {
        throw list.error("give one or two different measures, e.g. [brightness, colourfulness]");
      }
      measures = named;
    }
    return new SearchSettings(
        generator,
        measures,
        fields.get("objective").isPresent() ? fields.get("objective").get().text() : d.objective(),
        fields.choice(
            "algorithm",
            d.algorithm(),
            Arrays.stream(Algorithm.values()).map(Algorithm::key).toList()),
        fields.integer("cells", d.cells(), 2, 100),
        fields.integer("iterations", d.iterations(), 1, 1_000_000),
        fields.integer("batch", d.batch(), 3, 4096),
        fields.whole("seed", d.seed(), Long.MIN_VALUE, Long.MAX_VALUE, "a whole number"),
        fields.number("sigma", d.sigma(), 1e-6, 10),
        Tessellation.valueOf(
            fields
                .choice(
                    "archive",
                    d.archive().key(),
                    Arrays.stream(Tessellation.values()).map(Tessellation::key).toList())
                .toUpperCase(Locale.ROOT)),
        fields.number("learning-rate", d.learningRate(), 0, 1));
  }

  private static GuardSpec guard(YamlValue block) throws PieceException {
    GuardSpec d = GuardSpec.defaults();
    YamlFields fields = YamlFields.of(block, "guard", GUARD_FIELDS);
    return new GuardSpec(
        fields.choice("policy", d.policy()),
        fields.number("gradient-spike", d.gradientSpike(), 1, 1e12),
        fields.number("saturation", d.saturation(), 0, 1),
        fields.number("min-diversity", d.minDiversity(), 1, 1e6),
        fields.number("stasis", d.stasis(), 0, 255),
        fields.integer("rollbacks", d.rollbacks(), 0, 1000),
        fields.number("lr-factor", d.lrFactor(), 1e-6, 1));
  }

  /**
   * Refuses a piece that would not fit in memory, before anything is allocated, at the line of its
   * final resolution.
   *
   * @param limit bytes available where the piece will train
   * @param where the device, for the message
   */
  public static void checkFits(PieceFile file, Piece piece, long limit, String where)
      throws PieceException {
    long needed = MemoryEstimate.bytes(piece);
    if (needed <= limit) {
      return;
    }
    String problem =
        String.format(
            "training this piece needs about %s (estimate: %d generators and a discriminator at"
                + " %d px, batch %d), more than the %s of memory on %s; lower the batch, the"
                + " channels or the final resolution",
            MemoryEstimate.format(needed),
            piece.generators().size(),
            piece.schedule().finalResolution(),
            piece.schedule().batch(),
            MemoryEstimate.format(limit),
            where);
    YamlFields fields =
        YamlFields.of(YamlDocument.root(file.text(), file.name()), "a piece", FIELDS);
    YamlValue schedule = fields.get("schedule").orElse(fields.block());
    YamlValue at =
        schedule.isNull()
            ? schedule
            : YamlFields.of(schedule, "schedule", ScheduleReader.FIELDS)
                .get("final-resolution")
                .orElse(schedule);
    throw new PieceException(file.name(), at.line(), "schedule.final-resolution", problem);
  }

  private static String notes(YamlValue value) throws PieceException {
    return value.isNull() ? "" : value.text().stripTrailing();
  }

  /** An absent optional block reads as an empty one, reported at the piece's first line. */
  private static YamlValue empty(YamlFields piece, String name) {
    return new YamlValue(piece.block().file(), name, piece.block().line(), null);
  }

  private static Snapshots snapshots(YamlValue block) throws PieceException {
    YamlFields fields = YamlFields.of(block, "snapshots", SNAPSHOT_FIELDS);
    return new Snapshots(
        fields.integer("every", 50, 1, Integer.MAX_VALUE), fields.integer("grid", 4, 1, 16));
  }

  private static Checkpoints checkpoints(YamlValue block) throws PieceException {
    YamlFields fields = YamlFields.of(block, "checkpoints", CHECKPOINT_FIELDS);
    return new Checkpoints(
        fields.integer("every", 300, 1, Integer.MAX_VALUE),
        fields.integer("keep", 3, 1, Integer.MAX_VALUE));
  }
}
