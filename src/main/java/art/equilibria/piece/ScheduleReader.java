package art.equilibria.piece;

import java.util.List;

/** Reads the {@code schedule} block: progressive growing, batch and optimiser. */
final class ScheduleReader {

  static final List<String> FIELDS =
      List.of(
          "start-resolution", "final-resolution", "steps-per-stage", "fade", "batch", "optimiser");
  static final List<String> OPTIMISER_FIELDS = List.of("lr", "betas", "epsilon");

  static final int MIN_RESOLUTION = 4;
  static final int MAX_RESOLUTION = 2048;

  private ScheduleReader() {}

  static Schedule read(YamlValue block) throws PieceException {
    YamlFields fields = YamlFields.of(block, "schedule", FIELDS);
    int start = resolution(fields, "start-resolution", 32);
    int last = resolution(fields, "final-resolution", 512);
    if (start > last) {
      YamlValue blamed =
          fields.get("start-resolution").orElseGet(() -> fields.get("final-resolution").get());
      throw blamed.error(
          "start-resolution "
              + start
              + " is above final-resolution "
              + last
              + "; growing starts small, so use a start no larger than the final resolution");
    }
    return new Schedule(
        start,
        last,
        fields.integer("steps-per-stage", 300, 1, Integer.MAX_VALUE),
        fields.number("fade", 0.5, 0, 1),
        fields.integer("batch", 10, 2, Integer.MAX_VALUE, "variance over a batch needs two images"),
        optimiser(fields));
  }

  /** The resolutions a schedule trains at, start to final. */
  static List<Integer> resolutions(Schedule schedule) {
    return java.util.stream.IntStream.range(0, schedule.stages())
        .mapToObj(stage -> schedule.startResolution() << stage)
        .toList();
  }

  private static int resolution(YamlFields fields, String name, int fallback)
      throws PieceException {
    int resolution = fields.integer(name, fallback, MIN_RESOLUTION, MAX_RESOLUTION);
    if (Integer.bitCount(resolution) != 1) {
      throw fields
          .get(name)
          .orElseThrow()
          .error(
              resolution
                  + " is not a power of two; use 4, 8, 16, 32, 64, 128, 256, 512, 1024 or 2048");
    }
    return resolution;
  }

  private static Optimiser optimiser(YamlFields schedule) throws PieceException {
    YamlValue value = schedule.get("optimiser").orElse(null);
    if (value == null) {
      return new Optimiser(0.01, 0, 0.99, 1e-8);
    }
    YamlFields fields = YamlFields.of(value, "optimiser", OPTIMISER_FIELDS);
    double[] betas = {0, 0.99};
    YamlValue betasValue = fields.get("betas").orElse(null);
    if (betasValue != null) {
      List<YamlValue> items = betasValue.items();
      if (items.size() != 2) {
        throw betasValue.error(
            "expected two numbers [beta1, beta2], got "
                + items.size()
                + "; for example betas: [0.0, 0.99]");
      }
      for (int i = 0; i < 2; i++) {
        betas[i] = beta(items.get(i));
      }
    }
    return new Optimiser(
        fields.positive("lr", 0.01), betas[0], betas[1], fields.positive("epsilon", 1e-8));
  }

  private static double beta(YamlValue item) throws PieceException {
    double beta = YamlFields.finite(item);
    if (beta < 0 || beta >= 1) {
      throw item.error(
          YamlFields.format(beta)
              + " is out of range; use a number from 0 up to (not including) 1");
    }
    return beta;
  }
}
