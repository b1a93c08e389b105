package art.equilibria.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import art.equilibria.loss.LossTerms;
import art.equilibria.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A piece mutated at random, as a new user might break it, gives either a clear one-line message
 * naming the file or a piece that really trains: never a stack trace.
 */
class MutatedPiecesProperties {
  private static final Path BASE = Path.of("src/test/resources/pieces/tiny.yaml");
  private static final String NAME = "mutant.yaml";

  /** Values a user might type in the wrong place. */
  private static final List<String> TOKENS =
      List.of(
          "-1",
          "0",
          "1",
          "3",
          "ten",
          "1e99",
          ".nan",
          "[1, 2]",
          "{a: 1}",
          "",
          "true",
          "'x'",
          "2048",
          "0.5",
          "\"#zzzzzz\"",
          "- x",
          "*nothing",
          "&a",
          "? x",
          "|",
          ">",
          "%");

  /** One edit of the text. */
  record Mutation(int kind, int line, int token, int column) {}

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(0, TOKENS.size() - 1),
                Arbitraries.integers().between(0, 80))
            .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 150)
  void neverAStackTrace(@ForAll("mutations") List<Mutation> edits) throws IOException {
    String yaml = mutate(Files.readString(BASE), edits);
    Piece piece;
    try {
      piece = PieceReader.parse(yaml, NAME, LossTerms.installed());
      PieceReader.checkFits(PieceFile.read(write(yaml)), piece, 2L << 30, "the test machine");
    } catch (PieceException e) {
      String message = e.getMessage();
      assertTrue(message.startsWith(NAME) || message.contains("mutant"), message);
      assertEquals(1, message.lines().count(), message);
      assertFalse(message.contains("Exception") || message.contains("java."), message);
      Statistics.label("outcome").collect("clear message");
      return;
    }
    // Valid: it must train a step at its first stage.
    try (Trainer trainer = new Trainer(piece, Device.cpu())) {
      trainer.step(0, 0);
    }
    Statistics.label("outcome").collect("trained a step");
  }

  private static Path write(String yaml) throws IOException {
    Path file = Files.createTempFile("mutant", ".yaml");
    file.toFile().deleteOnExit();
    return Files.writeString(file, yaml);
  }

  static String mutate(String yaml, List<Mutation> edits) {
    List<String> lines = new ArrayList<>(yaml.lines().toList());
    for (Mutation m : edits) {
      int i = m.line() % lines.size();
      String line = lines.get(i);
      String token = TOKENS.get(m.token());
      switch (m.kind()) {
        case 0 -> { // replace the value of "key: value"
          int colon = line.indexOf(": ");
          lines.set(i, colon < 0 ? line + " " + token : line.substring(0, colon + 2) + token);
        }
        case 1 -> lines.remove(i);
        case 2 -> lines.add(i, line);
        case 3 -> { // a typo in a key
          int colon = line.indexOf(':');
          lines.set(
              i, colon < 0 ? line + "x" : line.substring(0, colon) + "x" + line.substring(colon));
        }
        default -> { // a stray character
          int at = Math.min(m.column(), line.length());
          lines.set(
              i, line.substring(0, at) + "[:{\t-#".charAt(m.column() % 6) + line.substring(at));
        }
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join("\n", lines) + "\n";
  }
}
