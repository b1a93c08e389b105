package art.equilibria.piece;

import java.util.List;
import java.util.Locale;

/** How the generators (and, in a grid, several latent paths) share the frame. */
public enum Layout {
  /** Generators left to right, one latent path (the artwork's presentation). */
  SIDE_BY_SIDE,
  /** Generators top to bottom, one latent path. */
  STACKED,
  /** Latent paths as rows, generators as columns. */
  GRID,
  /** One generator alone. */
  SINGLE;

  public static final List<String> NAMES = List.of("side-by-side", "stacked", "grid", "single");

  public static Layout named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Latent paths shown: several rows only in a grid. */
  public int paths(int rows) {
    return this == GRID ? rows : 1;
  }

  /** Tiles across and down for this many paths and generators. */
  public int columns(int paths, int generators) {
    return switch (this) {
      case SIDE_BY_SIDE, GRID -> generators;
      case STACKED -> paths;
      case SINGLE -> 1;
    };
  }

  public int rows(int paths, int generators) {
    return switch (this) {
      case SIDE_BY_SIDE, GRID -> paths;
      case STACKED -> generators;
      case SINGLE -> 1;
    };
  }
}
