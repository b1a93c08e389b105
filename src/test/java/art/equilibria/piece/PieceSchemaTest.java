package art.equilibria.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.loss.LossTerms;
import art.equilibria.qd.archive.Tessellation;
import art.equilibria.qd.scheduler.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code pieces/piece.schema.json}, what editors check pieces with while they are typed, says what
 * the reader says: the same fields in every block, the same words, the same terms and options; and
 * every shipped piece names it and passes it.
 */
class PieceSchemaTest {
  private static final Path SCHEMA = Path.of("pieces/piece.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode schema() throws IOException {
    return JSON.readTree(SCHEMA.toFile());
  }

  private static Set<String> fields(JsonNode block) {
    Set<String> names = new TreeSet<>();
    block.path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> words(JsonNode property) {
    Set<String> words = new TreeSet<>();
    property.path("enum").forEach(w -> words.add(w.asText()));
    return words;
  }

  private static Set<String> keys(Enum<?>[] constants) {
    Set<String> words = new TreeSet<>();
    Arrays.stream(constants).forEach(c -> words.add(Keys.of(c)));
    return words;
  }

  @Test
  void everyBlockHasTheReadersFields() throws IOException {
    JsonNode root = schema();
    JsonNode p = root.path("properties");
    JsonNode network = p.path("networks").path("additionalProperties").path("oneOf");
    JsonNode term = p.path("terms").path("additionalProperties").path("items").path("oneOf").get(1);
    assertEquals(new TreeSet<>(PieceReader.FIELDS), fields(root));
    assertEquals(new TreeSet<>(ScheduleReader.FIELDS), fields(p.path("schedule")));
    assertEquals(
        new TreeSet<>(ScheduleReader.OPTIMISER_FIELDS),
        fields(p.path("schedule").path("properties").path("optimiser")));
    assertEquals(new TreeSet<>(RenderReader.FIELDS), fields(p.path("render")));
    assertEquals(new TreeSet<>(PieceReader.SNAPSHOT_FIELDS), fields(p.path("snapshots")));
    assertEquals(new TreeSet<>(PieceReader.CHECKPOINT_FIELDS), fields(p.path("checkpoints")));
    assertEquals(new TreeSet<>(PieceReader.GUARD_FIELDS), fields(p.path("guard")));
    assertEquals(new TreeSet<>(PieceReader.SEARCH_FIELDS), fields(p.path("search")));
    assertEquals(new TreeSet<>(NetworksReader.GENERATOR_FIELDS), fields(network.get(0)));
    assertEquals(new TreeSet<>(NetworksReader.DISCRIMINATOR_FIELDS), fields(network.get(1)));
    assertEquals(
        new TreeSet<>(NetworksReader.CHANNEL_FIELDS),
        fields(network.get(0).path("properties").path("channels")));
    assertEquals(new TreeSet<>(TermsReader.FIELDS), fields(term));
  }

  @Test
  void everyClosedChoiceHasTheReadersWords() throws IOException {
    JsonNode p = schema().path("properties");
    JsonNode generator =
        p.path("networks").path("additionalProperties").path("oneOf").get(0).path("properties");
    JsonNode render = p.path("render").path("properties");
    assertEquals(keys(Synthesis.values()), words(generator.path("synthesis")));
    assertEquals(keys(Noise.values()), words(generator.path("noise")));
    assertEquals(keys(Padding.values()), words(generator.path("padding")));
    assertEquals(keys(OutputActivation.values()), words(generator.path("output")));
    assertEquals(set(RenderChoices.INTERPOLATIONS), words(render.path("interpolation")));
    assertEquals(set(RenderChoices.EASINGS), words(render.path("easing")));
    assertEquals(set(RenderChoices.SPACES), words(render.path("space")));
    assertEquals(set(RenderChoices.SCALINGS), words(render.path("scaling")));
    assertEquals(set(RenderChoices.FORMATS), words(render.path("format")));
    assertEquals(set(RenderChoices.LAYOUTS), words(render.path("layout")));
    assertEquals(set(RenderChoices.DISPLAYS), words(render.path("display")));
    assertEquals(
        keys(GuardPolicy.values()), words(p.path("guard").path("properties").path("policy")));
    assertEquals(
        set(Arrays.stream(Algorithm.values()).map(Algorithm::key).toList()),
        words(p.path("search").path("properties").path("algorithm")));
    assertEquals(
        set(Arrays.stream(Tessellation.values()).map(Tessellation::key).toList()),
        words(p.path("search").path("properties").path("archive")));
  }

  @Test
  void theTermsAndTheirOptionsAreTheInstalledOnes() throws IOException {
    JsonNode entry = schema().path("properties").path("terms").path("additionalProperties");
    JsonNode items = entry.path("items").path("oneOf");
    LossTerms installed = LossTerms.installed();
    assertEquals(set(installed.names()), words(items.get(0)));
    assertEquals(set(installed.names()), words(items.get(1).path("properties").path("term")));
    // Each term's options: the schema's rule for the terms that take options names exactly them.
    for (JsonNode rule : items.get(1).path("allOf")) {
      Set<String> terms = words(rule.path("if").path("properties").path("term"));
      JsonNode options = rule.path("then").path("properties").path("options");
      for (String name : terms) {
        List<TermOption> expected = installed.rules(name).orElseThrow().options();
        assertEquals(set(expected.stream().map(TermOption::name).toList()), fields(options), name);
        for (TermOption o : expected) {
          JsonNode property = options.path("properties").path(o.name());
          if (o.isChoice()) {
            assertEquals(set(o.choices()), words(property), name + "." + o.name());
          } else {
            assertEquals(o.min(), property.path("minimum").asDouble(), name + "." + o.name());
            assertEquals(o.max(), property.path("maximum").asDouble(), name + "." + o.name());
          }
        }
      }
    }
  }

  static Stream<Path> shippedPieces() throws IOException {
    return Files.list(Path.of("pieces")).filter(f -> f.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest
  @MethodSource("shippedPieces")
  void aShippedPieceNamesTheSchemaAndPassesIt(Path piece) throws IOException {
    String text = Files.readString(piece);
    assertTrue(
        text.startsWith("# yaml-language-server: $schema=piece.schema.json\n"),
        piece + " should name the schema on its first line");
    assertEquals(List.of(), problems(text), piece.toString());
  }

  @Test
  void aMistypedFieldAWrongWordAndAnUnknownTermFailIt() throws IOException {
    String demo = Files.readString(Path.of("pieces/demo.yaml"));
    assertFalse(problems(demo.replace("steps-per-stage:", "steps-per-stag:")).isEmpty());
    assertFalse(problems(demo.replace("synthesis: stylegan1", "synthesis: stylegan3")).isEmpty());
    assertFalse(problems(demo.replace("- diametric", "- diametrik")).isEmpty());
  }

  private static List<String> problems(String yaml) throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(Files.readString(SCHEMA));
    Object document = new Yaml().load(yaml);
    List<String> problems = new ArrayList<>();
    schema.validate(JSON.valueToTree(document)).forEach(e -> problems.add(e.toString()));
    return problems;
  }

  private static Set<String> set(Collection<String> words) {
    return new TreeSet<>(words);
  }
}
