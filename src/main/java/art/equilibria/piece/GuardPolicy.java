package art.equilibria.piece;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the equilibrium guard does when it sees explosion or collapse. */
public enum GuardPolicy {
  /** Report only: the run trains on. */
  CONTINUE,
  /** End the run, keeping the last good checkpoint. */
  STOP,
  /** Go back to the newest good checkpoint and take another path from there. */
  ROLLBACK;

  /** The name a piece writes. */
  @JsonValue
  public String key() {
    return Keys.of(this);
  }
}
