package art.equilibria.metrics;

import art.equilibria.piece.Keys;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Something the equilibrium guard noticed, or did.
 *
 * @param network the network concerned ("" for the ensemble)
 */
public record GuardEvent(long step, String network, Kind kind, String message) {

  /** What was noticed; written in metrics lines as {@code non-finite}, {@code stasis} … */
  public enum Kind {
    /** A loss or gradient norm became NaN or infinite. */
    NON_FINITE,
    /** A gradient norm far above its recent median. */
    GRADIENT_SPIKE,
    /** A generator's output shown clipped to the extremes. */
    SATURATED,
    /** A generator's batch holds (almost) one picture. */
    COLLAPSE,
    /** A generator's snapshot stopped changing. */
    STASIS,
    /** Not a failure: the guard rolled the run back. */
    ROLLBACK;

    @JsonValue
    public String key() {
      return Keys.of(this);
    }
  }

  /** Whether this is a failure the policy acts on (a rollback is a report of an action). */
  @JsonIgnore
  public boolean isFailure() {
    return kind != Kind.ROLLBACK;
  }

  @Override
  public String toString() {
    return "step "
        + step
        + (network.isEmpty() ? "" : ", " + network)
        + ": "
        + kind.key()
        + ", "
        + message;
  }
}
