package art.equilibria.piece;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the {@code networks} block: names, kinds, architectures, and that the ensemble is whole.
 */
final class NetworksReader {

  static final List<String> GENERATOR_FIELDS =
      List.of(
          "kind",
          "latent",
          "style",
          "mapping-depth",
          "mapping-lr-multiplier",
          "channels",
          "synthesis",
          "noise",
          "padding",
          "output");
  static final List<String> DISCRIMINATOR_FIELDS = List.of("kind", "channels", "embedding");
  static final List<String> CHANNEL_FIELDS = List.of("base", "max");

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final int MAX_SIZE = 8192;
  private static final int MAX_DEPTH = 16;

  private NetworksReader() {}

  static Map<String, NetworkSpec> read(YamlValue block) throws PieceException {
    YamlFields networks = YamlFields.free(block, "(one entry per network, by name)");
    Map<String, NetworkSpec> specs = new LinkedHashMap<>();
    for (Map.Entry<String, YamlValue> entry : networks.all().entrySet()) {
      if (!NAME.matcher(entry.getKey()).matches()) {
        throw entry
            .getValue()
            .error(
                "'"
                    + entry.getKey()
                    + "' is not a usable network name; use lowercase letters, digits and '-',"
                    + " starting with a letter (g1, painter-a)");
      }
      NetworkSpec spec = network(entry.getValue());
      checkSameLatent(entry.getKey(), entry.getValue(), spec, specs);
      specs.put(entry.getKey(), spec);
    }
    checkEnsemble(networks.block(), specs);
    return Collections.unmodifiableMap(specs);
  }

  private static NetworkSpec network(YamlValue value) throws PieceException {
    // The kind decides which other fields are allowed, so it is read before the rest.
    YamlFields loose = YamlFields.free(value, "(kind: generator or kind: discriminator, ...)");
    YamlValue kind = loose.require("kind", "write kind: generator or kind: discriminator");
    return switch (kind.text()) {
      case "generator" -> generator(YamlFields.of(value, "a generator", GENERATOR_FIELDS));
      case "discriminator" ->
          discriminator(YamlFields.of(value, "a discriminator", DISCRIMINATOR_FIELDS));
      default ->
          throw kind.error(
              "unknown network kind '" + kind.text() + "'; use generator or discriminator");
    };
  }

  private static GeneratorSpec generator(YamlFields fields) throws PieceException {
    int latent = fields.integer("latent", 512, 1, MAX_SIZE);
    return new GeneratorSpec(
        latent,
        fields.integer("style", latent, 1, MAX_SIZE),
        fields.integer("mapping-depth", 8, 1, MAX_DEPTH),
        fields.positive("mapping-lr-multiplier", 0.01),
        channels(fields),
        fields.choice("synthesis", Synthesis.STYLEGAN1),
        fields.choice("noise", Noise.BATCH),
        fields.choice("padding", Padding.ZERO),
        fields.choice("output", OutputActivation.BOUNDED));
  }

  private static DiscriminatorSpec discriminator(YamlFields fields) throws PieceException {
    return new DiscriminatorSpec(channels(fields), fields.integer("embedding", 512, 1, MAX_SIZE));
  }

  private static Channels channels(YamlFields network) throws PieceException {
    YamlValue value = network.get("channels").orElse(null);
    if (value == null) {
      return new Channels(8192, 512);
    }
    YamlFields fields = YamlFields.of(value, "channels", CHANNEL_FIELDS);
    return new Channels(
        fields.integer("base", 8192, 1, Integer.MAX_VALUE),
        fields.integer("max", 512, 1, Integer.MAX_VALUE));
  }

  private static void checkEnsemble(YamlValue block, Map<String, NetworkSpec> specs)
      throws PieceException {
    List<String> generators = named(specs, NetworkKind.GENERATOR);
    List<String> discriminators = named(specs, NetworkKind.DISCRIMINATOR);
    if (generators.size() < 2) {
      throw block.error(
          "the piece has "
              + count(generators, "generator")
              + "; an ensemble needs at least two networks with kind: generator");
    }
    if (discriminators.size() != 1) {
      throw block.error(
          "the piece has "
              + count(discriminators, "discriminator")
              + "; it needs exactly one network with kind: discriminator");
    }
  }

  /** Every generator is fed the same latents (that is what synchronises them), so one size. */
  private static void checkSameLatent(
      String name, YamlValue value, NetworkSpec spec, Map<String, NetworkSpec> earlier)
      throws PieceException {
    if (!(spec instanceof GeneratorSpec g)) {
      return;
    }
    for (Map.Entry<String, NetworkSpec> e : earlier.entrySet()) {
      if (e.getValue() instanceof GeneratorSpec first && first.latent() != g.latent()) {
        throw value.error(
            "latent "
                + g.latent()
                + " differs from "
                + e.getKey()
                + "'s latent "
                + first.latent()
                + "; every generator sees the same latents, so give them all the same latent size");
      }
    }
  }

  /** The names of the networks of one kind, in file order. */
  static List<String> named(Map<String, NetworkSpec> specs, NetworkKind kind) {
    return specs.entrySet().stream()
        .filter(e -> NetworkKind.of(e.getValue()) == kind)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static String count(List<String> names, String noun) {
    return switch (names.size()) {
      case 0 -> "no " + noun;
      case 1 -> "one " + noun + " (" + names.get(0) + ")";
      default -> names.size() + " " + noun + "s (" + String.join(", ", names) + ")";
    };
  }
}
