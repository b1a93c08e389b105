package art.equilibria.run;

import java.io.IOException;

/**
 * A file of a run that is there but cannot be read (empty, torn, edited by hand): named with what
 * to do, and reported by the command line as bad input rather than as a failure of the program.
 */
public final class DamagedFileException extends IOException {
  public DamagedFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
