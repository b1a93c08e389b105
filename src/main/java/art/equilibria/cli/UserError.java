package art.equilibria.cli;

/** A mistake in what the artist asked for, reported as one line with exit code 2. */
public final class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }
}
