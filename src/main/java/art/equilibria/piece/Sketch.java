package art.equilibria.piece;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A piece shrunk to preview on a laptop's processor in minutes: the same arrangement (networks'
 * kinds, loss terms and weights, number of stages and steps, optimiser, batch, latent sizes), with
 * resolutions divided until the last stage is at most {@value #FINAL_RESOLUTION} px, feature maps
 * capped at {@value #MAX_CHANNELS} and at {@value #MAX_BASE} / resolution (so a step costs about
 * the same at every stage above 32 px), and the render cut to a short, smaller video. A piece
 * already that small keeps its networks and schedule. A run records that it is a sketch, and is
 * read back as one.
 */
public final class Sketch {
  /** The largest final resolution a sketch trains to. */
  public static final int FINAL_RESOLUTION = 128;

  /** The most feature maps any layer of a sketch has. */
  public static final int MAX_CHANNELS = 32;

  /** The most feature maps times resolution of a sketch's layers. */
  public static final int MAX_BASE = 1024;

  /** The longest video a sketch renders, in seconds. */
  public static final double MAX_DURATION = 20;

  /** The largest frame a sketch renders. */
  public static final int MAX_WIDTH = 1280;

  public static final int MAX_HEIGHT = 720;

  private Sketch() {}

  /**
   * Reads a piece file as a sketch: its render is cut short first, then the command line's render
   * fields are laid over it, so an explicit {@code --duration} or {@code --size} still wins.
   */
  public static Piece read(PieceFile file, TermCatalogue terms, Map<String, Object> renderOverrides)
      throws PieceException {
    RenderSpec full = PieceReader.read(file, terms, Map.of()).render();
    Map<String, Object> overrides = new LinkedHashMap<>(shorter(full));
    overrides.putAll(renderOverrides);
    return of(PieceReader.read(file, terms, overrides));
  }

  /** The sketch of a piece's networks and schedule; its render is left as it is. */
  public static Piece of(Piece piece) {
    Schedule s = piece.schedule();
    int factor = Math.max(1, s.finalResolution() / FINAL_RESOLUTION);
    Schedule schedule =
        new Schedule(
            Math.max(4, s.startResolution() / factor),
            s.finalResolution() / factor,
            s.stepsPerStage(),
            s.fade(),
            s.batch(),
            s.optimiser());
    Map<String, NetworkSpec> networks = new LinkedHashMap<>();
    piece.networks().forEach((name, spec) -> networks.put(name, narrow(spec, factor)));
    return new Piece(
        piece.title() + " (sketch)",
        piece.notes(),
        piece.seed(),
        networks,
        piece.terms(),
        schedule,
        piece.snapshots(),
        piece.checkpoints(),
        piece.render(),
        piece.guard(),
        piece.search());
  }

  private static NetworkSpec narrow(NetworkSpec spec, int factor) {
    if (spec instanceof GeneratorSpec g) {
      return new GeneratorSpec(
          g.latent(),
          g.style(),
          g.mappingDepth(),
          g.mappingLrMultiplier(),
          narrow(g.channels(), factor),
          g.synthesis(),
          g.noise(),
          g.padding(),
          g.output());
    }
    DiscriminatorSpec d = (DiscriminatorSpec) spec;
    return new DiscriminatorSpec(narrow(d.channels(), factor), d.embedding());
  }

  /** The channel profile shifted with the resolutions, capped. */
  private static Channels narrow(Channels c, int factor) {
    return new Channels(
        Math.max(1, Math.min(c.base() / factor, MAX_BASE)), Math.min(c.max(), MAX_CHANNELS));
  }

  /** The render fields a sketch changes: a shorter video, a smaller frame. */
  static Map<String, Object> shorter(RenderSpec r) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (r.durationSeconds() > MAX_DURATION) {
      fields.put("duration", MAX_DURATION);
    }
    if (r.width() > MAX_WIDTH || r.height() > MAX_HEIGHT) {
      double scale = Math.min((double) MAX_WIDTH / r.width(), (double) MAX_HEIGHT / r.height());
      fields.put("size", even(r.width() * scale) + "x" + even(r.height() * scale));
    }
    return fields;
  }

  private static int even(double pixels) {
    return Math.max(2, 2 * (int) Math.round(pixels / 2));
  }
}
