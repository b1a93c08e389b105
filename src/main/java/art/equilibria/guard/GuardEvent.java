package art.equilibria.guard;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Something the equilibrium guard noticed, or did.
 *
 * @param network the network concerned ("" for the ensemble)
 * @param kind non-finite, gradient-spike, saturated, collapse, stasis, or rollback
 */
public record GuardEvent(long step, String network, String kind, String message) {

  /** Whether this is a failure the policy acts on (a rollback is a report of an action). */
  @JsonIgnore
  public boolean isFailure() {
    return !kind.equals("rollback");
  }

  @Override
  public String toString() {
    return "step "
        + step
        + (network.isEmpty() ? "" : ", " + network)
        + ": "
        + kind
        + ", "
        + message;
  }
}
