package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.piece.RenderChoices;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line as a whole: what a mistyped command gets. */
class MainTest {
  @Test
  void helpAndCompletionOfferTheWordsThePieceReaderTakes() {
    String help = Cli.run("render", "--help").out();
    String completion = Cli.run("generate-completion").out();
    for (List<String> words :
        List.of(
            RenderChoices.INTERPOLATIONS,
            RenderChoices.LAYOUTS,
            RenderChoices.FORMATS,
            RenderChoices.DISPLAYS)) {
      assertTrue(help.replaceAll("\\s+", " ").contains(String.join(", ", words)), help);
      String quoted = "(\"" + String.join("\" \"", words) + "\")";
      assertTrue(completion.contains(quoted), quoted);
    }
  }

  @Test
  void aMistypedCommandGetsTheNearestOnes() {
    Cli.Result r = Cli.run("rendr", "renders/x");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Did you mean: equilibria render"), r.err());
    assertTrue(r.err().contains("(see: equilibria --help)"), r.err());
  }
}
