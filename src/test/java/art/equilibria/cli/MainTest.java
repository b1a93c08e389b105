package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command line as a whole: what a mistyped command gets. */
class MainTest {
  @Test
  void aMistypedCommandGetsTheNearestOnes() {
    Cli.Result r = Cli.run("rendr", "renders/x");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Did you mean: equilibria render"), r.err());
    assertTrue(r.err().contains("(see: equilibria --help)"), r.err());
  }
}
