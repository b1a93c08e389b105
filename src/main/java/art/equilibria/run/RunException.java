package art.equilibria.run;

/** A run folder or checkpoint that cannot be used, with what to do about it. */
public final class RunException extends Exception {
  public RunException(String message) {
    super(message);
  }
}
