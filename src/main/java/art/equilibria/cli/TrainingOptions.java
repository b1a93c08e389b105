package art.equilibria.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How long, from which seed, with which fields set and where to train: shared by {@code train} and
 * {@code make}.
 */
final class TrainingOptions {
  @Option(
      names = "--steps",
      paramLabel = "N",
      description = "Train N steps in all instead of the piece's full schedule.")
  Long steps;

  @Option(names = "--seed", paramLabel = "S", description = "Override the piece's seed.")
  Long seed;

  @Option(
      names = "--set",
      paramLabel = "FIELD=VALUE",
      description =
          "Set a field of the piece for this run, checked as if the file held it and frozen with"
              + " the run (repeatable): --set schedule.batch=16 --set terms.g1[1].weight=2.")
  List<String> set = new ArrayList<>();

  @Option(
      names = "--sketch",
      description = {
        "Train a sketch of the piece: the same arrangement at most 128 px and 32 channels wide,"
            + " with a short render, to preview a large piece on a laptop in minutes."
      })
  boolean sketch;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "renders",
      description = "Folder for runs (default: ${DEFAULT-VALUE}).")
  Path out;
}
