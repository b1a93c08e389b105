package art.equilibria;

import art.equilibria.piece.Channels;
import art.equilibria.piece.Checkpoints;
import art.equilibria.piece.DiscriminatorSpec;
import art.equilibria.piece.Display;
import art.equilibria.piece.GeneratorSpec;
import art.equilibria.piece.GuardSpec;
import art.equilibria.piece.NetworkSpec;
import art.equilibria.piece.Noise;
import art.equilibria.piece.Optimiser;
import art.equilibria.piece.OutputActivation;
import art.equilibria.piece.Padding;
import art.equilibria.piece.Piece;
import art.equilibria.piece.RenderSpec;
import art.equilibria.piece.Schedule;
import art.equilibria.piece.SearchSettings;
import art.equilibria.piece.Snapshots;
import art.equilibria.piece.Synthesis;
import art.equilibria.piece.TermSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tiny pieces built in code, for tests that are not about reading piece files. */
public final class TestPieces {
  private TestPieces() {}

  public static TermSpec term(String name) {
    return new TermSpec(name, 1.0, 1, 0, Long.MAX_VALUE, List.of(), Map.of());
  }

  /** Two generators and a discriminator growing from 8 to 16 px, a few channels wide. */
  public static Piece tiny(Map<String, List<TermSpec>> terms, int stepsPerStage) {
    return new Piece(
        "tiny",
        "",
        7,
        networks(new Channels(64, 8)),
        terms,
        new Schedule(8, 16, stepsPerStage, 0.5, 4, new Optimiser(0.01, 0, 0.99, 1e-8)),
        new Snapshots(2, 2),
        new Checkpoints(2, 2),
        render(),
        GuardSpec.defaults(),
        SearchSettings.defaults());
  }

  /** Two StyleGAN2 generators g1, g2 and a discriminator d with these channel counts. */
  public static Map<String, NetworkSpec> networks(Channels channels) {
    return networks(channels, Synthesis.STYLEGAN2);
  }

  /** Two generators g1, g2 of one synthesis design and a discriminator d. */
  public static Map<String, NetworkSpec> networks(Channels channels, Synthesis synthesis) {
    OutputActivation output =
        synthesis == Synthesis.STYLEGAN1 ? OutputActivation.BOUNDED : OutputActivation.TANH;
    GeneratorSpec g =
        new GeneratorSpec(16, 16, 2, 0.01, channels, synthesis, Noise.BATCH, Padding.ZERO, output);
    Map<String, NetworkSpec> networks = new LinkedHashMap<>();
    networks.put("g1", g);
    networks.put("g2", g);
    networks.put("d", new DiscriminatorSpec(channels, 16));
    return networks;
  }

  /** The published arrangement 1:1: adversarial generators, diametric discriminator. */
  public static Piece tiny(int stepsPerStage) {
    Map<String, List<TermSpec>> terms = new LinkedHashMap<>();
    terms.put("g1", List.of(term("adversarial"), term("colour-variance")));
    terms.put("g2", List.of(term("cosine"), term("colour-variance")));
    terms.put("d", List.of(term("diametric")));
    return tiny(terms, stepsPerStage);
  }

  public static RenderSpec render() {
    return new RenderSpec(
        4,
        List.of(),
        "slerp",
        "none",
        "z",
        1.0,
        2,
        8,
        true,
        "side-by-side",
        2,
        "",
        0,
        "#000000",
        0,
        0,
        "smooth",
        "h264",
        18,
        Display.STRETCH);
  }

  /** The same piece with another schedule. */
  public static Piece with(Piece p, Schedule schedule) {
    return new Piece(
        p.title(),
        p.notes(),
        p.seed(),
        p.networks(),
        p.terms(),
        schedule,
        p.snapshots(),
        p.checkpoints(),
        p.render(),
        p.guard(),
        p.search());
  }

  /** The tiny piece with StyleGAN v1 generators (bounded linear output) instead. */
  public static Piece tinyStyleGan1(int stepsPerStage) {
    return with(tiny(stepsPerStage), networks(new Channels(64, 8), Synthesis.STYLEGAN1));
  }

  /** The same piece with another guard. */
  public static Piece with(Piece p, GuardSpec guard) {
    return new Piece(
        p.title(),
        p.notes(),
        p.seed(),
        p.networks(),
        p.terms(),
        p.schedule(),
        p.snapshots(),
        p.checkpoints(),
        p.render(),
        guard,
        p.search());
  }

  /** The same piece with other networks (same names). */
  public static Piece with(Piece p, Map<String, NetworkSpec> networks) {
    return new Piece(
        p.title(),
        p.notes(),
        p.seed(),
        networks,
        p.terms(),
        p.schedule(),
        p.snapshots(),
        p.checkpoints(),
        p.render(),
        p.guard(),
        p.search());
  }
}
