package art.equilibria.piece;

import java.util.Locale;

/** How the constants of a closed set are written in pieces and on the command line. */
public final class Keys {
  private Keys() {}

  /** {@code STYLEGAN1} is {@code stylegan1}, {@code EASE_IN} is {@code ease-in}. */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
