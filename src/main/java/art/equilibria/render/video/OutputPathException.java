package art.equilibria.render.video;

import java.io.IOException;

/**
 * An output path that cannot take the render, found before any frame is made: the user's choice to
 * correct, so the command line reports it as bad input.
 */
public final class OutputPathException extends IOException {
  OutputPathException(String message) {
    super(message);
  }

  OutputPathException(String message, Throwable cause) {
    super(message, cause);
  }
}
