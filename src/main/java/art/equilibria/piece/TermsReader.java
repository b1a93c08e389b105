package art.equilibria.piece;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads the {@code terms} block and checks it against the registered terms, the networks and the
 * schedule: every network is trained by at least one term that can train its kind.
 */
final class TermsReader {

  static final List<String> FIELDS =
      List.of("term", "weight", "every", "from", "until", "stages", "options");

  private final TermCatalogue catalogue;
  private final Map<String, NetworkSpec> networks;
  private final List<Integer> resolutions;

  private TermsReader(
      TermCatalogue catalogue, Map<String, NetworkSpec> networks, Schedule schedule) {
    this.catalogue = catalogue;
    this.networks = networks;
    this.resolutions = ScheduleReader.resolutions(schedule);
  }

  static Map<String, List<TermSpec>> read(
      YamlValue block,
      Map<String, NetworkSpec> networks,
      Schedule schedule,
      TermCatalogue catalogue)
      throws PieceException {
    return new TermsReader(catalogue, networks, schedule).read(block);
  }

  private Map<String, List<TermSpec>> read(YamlValue block) throws PieceException {
    YamlFields fields = YamlFields.free(block, "(network name: list of terms)");
    Map<String, List<TermSpec>> terms = new LinkedHashMap<>();
    for (Map.Entry<String, YamlValue> entry : fields.all().entrySet()) {
      terms.put(entry.getKey(), network(entry.getKey(), entry.getValue()));
    }
    for (String network : networks.keySet()) {
      if (!terms.containsKey(network)) {
        throw fields.missing(
            network,
            "network '"
                + network
                + "' would train nothing; every network needs at least one term, for example "
                + network
                + ": ["
                + example(NetworkKind.of(networks.get(network)))
                + "]");
      }
    }
    return Collections.unmodifiableMap(terms);
  }

  private List<TermSpec> network(String name, YamlValue value) throws PieceException {
    NetworkSpec spec = networks.get(name);
    if (spec == null) {
      throw value.error(
          "no network named '" + name + "'; networks: " + String.join(", ", networks.keySet()));
    }
    List<YamlValue> items = value.items();
    if (items.isEmpty()) {
      throw value.error(
          "network '"
              + name
              + "' trains nothing; give it at least one term, for example "
              + name
              + ": ["
              + example(NetworkKind.of(spec))
              + "]");
    }
    List<TermSpec> specs = new ArrayList<>();
    for (YamlValue item : items) {
      specs.add(term(item, NetworkKind.of(spec)));
    }
    return List.copyOf(specs);
  }

  private TermSpec term(YamlValue item, NetworkKind kind) throws PieceException {
    if (item.isScalar()) {
      // Shorthand: a bare name is the term with every default.
      String name = checkedName(item, kind);
      return new TermSpec(name, 1.0, 1, 0, Long.MAX_VALUE, List.of(), Map.of());
    }
    if (!item.isMap()) {
      throw item.error(
          "expected a term name or a map of term fields ("
              + String.join(", ", FIELDS)
              + "), got "
              + item.describe());
    }
    YamlFields fields = YamlFields.of(item, "a term", FIELDS);
    String name =
        checkedName(
            fields.require("term", "name the term, for example term: " + example(kind)), kind);
    double weight =
        fields.get("weight").isPresent() ? YamlFields.finite(fields.get("weight").get()) : 1.0;
    int every = fields.integer("every", 1, 1, Integer.MAX_VALUE);
    long from = fields.whole("from", 0, 0, Long.MAX_VALUE, "");
    long until = fields.whole("until", Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, "");
    if (until <= from) {
      throw fields
          .get("until")
          .orElseThrow()
          .error(
              "until "
                  + until
                  + " is not after from "
                  + from
                  + "; the term would never be active, so make until larger than from");
    }
    return new TermSpec(name, weight, every, from, until, stages(fields), options(fields, name));
  }

  private String checkedName(YamlValue value, NetworkKind kind) throws PieceException {
    String name = value.text();
    TermCatalogue.Rules rules =
        catalogue
            .rules(name)
            .orElseThrow(
                () ->
                    value.error(
                        "unknown term '"
                            + name
                            + "'; known terms: "
                            + String.join(", ", catalogue.names())));
    if (!rules.trains().contains(kind)) {
      throw value.error(
          "'"
              + name
              + "' cannot train a "
              + noun(kind)
              + "; terms that can: "
              + String.join(", ", training(kind)));
    }
    return name;
  }

  private List<Integer> stages(YamlFields fields) throws PieceException {
    YamlValue value = fields.get("stages").orElse(null);
    if (value == null) {
      return List.of();
    }
    List<Integer> stages = new ArrayList<>();
    for (YamlValue item : value.items()) {
      long resolution = item.whole();
      if (!resolutions.contains((int) resolution) || resolution != (int) resolution) {
        throw item.error(
            resolution
                + " is not a stage of this schedule; its stages are "
                + resolutions.stream().map(String::valueOf).collect(Collectors.joining(", ")));
      }
      stages.add((int) resolution);
    }
    return List.copyOf(stages);
  }

  private Map<String, Object> options(YamlFields fields, String term) throws PieceException {
    YamlValue value = fields.get("options").orElse(null);
    if (value == null) {
      return Map.of();
    }
    Map<String, TermOption> accepted = new TreeMap<>();
    TermCatalogue.Rules rules = catalogue.rules(term).orElseThrow();
    rules.options().forEach(o -> accepted.put(o.name(), o));
    Map<String, Object> options = new LinkedHashMap<>();
    for (Map.Entry<String, YamlValue> option :
        YamlFields.free(value, "(option: value)").all().entrySet()) {
      YamlValue optionValue = option.getValue();
      if (!rules.checked()) {
        options.put(
            option.getKey(), optionValue.isNumber() ? optionValue.number() : optionValue.text());
        continue;
      }
      if (accepted.isEmpty()) {
        throw optionValue.error("'" + term + "' takes no options; remove options");
      }
      TermOption rule = accepted.get(option.getKey());
      if (rule == null) {
        throw optionValue.error(
            "'"
                + term
                + "' has no option '"
                + option.getKey()
                + "'; its options: "
                + String.join(", ", accepted.keySet()));
      }
      options.put(option.getKey(), optionValue(optionValue, rule));
    }
    return Collections.unmodifiableMap(options);
  }

  /** Numbers are kept as {@code Double}, words as text, each checked against the term's rule. */
  private static Object optionValue(YamlValue value, TermOption rule) throws PieceException {
    String wanted = rule.name() + " takes " + rule.describe();
    if (!value.isScalar()) {
      throw value.error(wanted + ", not " + value.describe());
    }
    if (rule.isChoice()) {
      if (!rule.choices().contains(value.text())) {
        throw value.error("'" + value.text() + "' is not accepted; " + wanted);
      }
      return value.text();
    }
    if (!value.isNumber()) {
      throw value.error(value.describe() + " is not a number; " + wanted);
    }
    double number = YamlFields.finite(value);
    if (number < rule.min() || number > rule.max()) {
      throw value.error(YamlFields.format(number) + " is out of range; " + wanted);
    }
    return number;
  }

  private List<String> training(NetworkKind kind) {
    return catalogue.names().stream()
        .filter(name -> catalogue.rules(name).map(r -> r.trains().contains(kind)).orElse(false))
        .toList();
  }

  private String example(NetworkKind kind) {
    List<String> names = training(kind);
    return names.isEmpty() ? "adversarial" : names.get(0);
  }

  private static String noun(NetworkKind kind) {
    return kind == NetworkKind.GENERATOR ? "generator" : "discriminator";
  }
}
