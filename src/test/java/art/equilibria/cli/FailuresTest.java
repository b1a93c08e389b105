package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the artist reads when a command fails for a reason other than its input. */
class FailuresTest {

  private static String handle(Exception e, String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    int exit = new Failures().handleExecutionException(e, cli, cli.parseArgs(args));
    assertEquals(1, exit);
    return err.toString();
  }

  @Test
  void libtorchThatCannotLoadIsNamedWithItsCauseAndWhereItComesFrom() {
    // What DJL throws offline when no natives on the classpath suit the machine.
    String err =
        handle(
            new EngineException(
                "Failed to save pytorch index file", new IOException("Offline model is enabled.")),
            "pieces");
    assertTrue(
        err.startsWith(
            "error: libtorch could not be loaded: Failed to save pytorch index file"
                + " (Offline model is enabled.)"),
        err);
    assertTrue(err.contains("EQUILIBRIA_NATIVES"), err);
    assertTrue(err.contains("README, 'CUDA'"), err);
    assertFalse(err.contains("\tat "), "no stack trace without --verbose: " + err);
  }

  @Test
  void anOperationThatFailsInLibtorchIsNotCalledALoadingFailure() {
    EngineException failed;
    try (NDManager manager = NDManager.newBaseManager();
        GradientCollector recording = Engine.getInstance().newGradientCollector()) {
      NDArray leaf = manager.ones(new Shape(2));
      leaf.setRequiresGradient(true);
      // libtorch refuses to change a leaf that records gradients in place.
      failed = assertThrows(EngineException.class, () -> leaf.subi(leaf.mul(2)));
    }
    String err = handle(failed, "pieces");
    assertTrue(err.startsWith("error: a libtorch operation failed: a leaf Variable"), err);
    assertFalse(err.contains("could not be loaded"), err);
    assertFalse(err.contains("EQUILIBRIA_NATIVES"), err);
  }

  @Test
  void otherFailuresKeepTheirOwnMessage() {
    String err = handle(new IllegalStateException("disk full"), "pieces");
    assertTrue(err.startsWith("error: disk full"), err);
    assertFalse(err.contains("libtorch"), err);
  }
}
