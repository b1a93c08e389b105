package art.equilibria.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/**
 * What {@code run.json} says about a run. The seed here is the one used (a command-line seed
 * overrides the frozen piece's).
 *
 * @param state running, finished, stopped or failed
 * @param stepsDone steps completed
 * @param totalSteps steps the run was asked for
 * @param sketch whether the run trains the piece's sketch (smaller networks and resolutions, a
 *     shorter render) rather than the piece as written
 * @param pieceSha256 the SHA-256 of the frozen {@code piece.yaml}, so a resume notices an edited
 *     one; null in runs made before it was recorded
 * @param guardStop what the equilibrium guard stopped the run for (its event, as text), so a stop
 *     by the piece's own policy is told apart from Ctrl-C's; null when the guard did not stop it
 *     (and in runs made before it was recorded). Written only when set, so other runs' run.json
 *     stays as older versions read it.
 */
public record RunInfo(
    String piece,
    String title,
    String source,
    long seed,
    String device,
    String started,
    String state,
    long stepsDone,
    long totalSteps,
    String version,
    boolean sketch,
    String pieceSha256,
    @JsonInclude(JsonInclude.Include.NON_NULL) String guardStop) {

  public static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT);

  public RunInfo with(String newState, long newStepsDone) {
    return copy(newState, newStepsDone, totalSteps, pieceSha256, guardStop);
  }

  /** This info with what the guard stopped the run for. */
  public RunInfo withGuardStop(String cause) {
    return copy(state, stepsDone, totalSteps, pieceSha256, cause);
  }

  /** Whether the guard's policy stopped the run (as recorded; runs from before cannot tell). */
  public boolean stoppedByGuard() {
    return guardStop != null;
  }

  /**
   * The info of a run resumed at {@code step}, to be trained to {@code steps} in all: a guard's
   * stop is over once someone carries the run on.
   */
  public RunInfo resumed(long step, long steps) {
    return copy("running", step, steps, pieceSha256, null);
  }

  /** The info of a run whose frozen piece now has this digest. */
  public RunInfo withPiece(String sha256) {
    return copy(state, stepsDone, totalSteps, sha256, guardStop);
  }

  /** This run's identity with another state, progress, piece digest and guard's stop. */
  private RunInfo copy(String newState, long done, long total, String sha256, String stop) {
    return new RunInfo(
        piece, title, source, seed, device, started, newState, done, total, version, sketch, sha256,
        stop);
  }

  /**
   * Whether the frozen piece is still the one the run recorded; a run that recorded none cannot
   * tell, and is taken as it is.
   */
  public boolean frozenAs(String sha256) {
    return pieceSha256 == null || pieceSha256.equals(sha256);
  }

  public void write(RunFolder run) throws IOException {
    AtomicFiles.write(run.info(), JSON.writeValueAsBytes(this));
  }

  /**
   * @throws DamagedFileException when run.json is there but empty or not a run's record
   */
  public static RunInfo read(RunFolder run) throws IOException {
    try {
      return JSON.readValue(run.info().toFile(), RunInfo.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new DamagedFileException(
          run.info()
              + " is empty or damaged ("
              + e.getOriginalMessage()
              + "); the run cannot be read without it: restore it from a backup, or train anew",
          e);
    }
  }

  /** The project's version, from the jar manifest ("dev" when run from classes). */
  public static String projectVersion() {
    String v = RunInfo.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
